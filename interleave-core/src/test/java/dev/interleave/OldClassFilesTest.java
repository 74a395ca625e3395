package dev.interleave;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import dev.interleave.testprograms.oldstyle.LockOrder;
import dev.interleave.testprograms.oldstyle.SharedMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Class files of the Java 1.3 and 1.4 era (commons-pool 1.x, DBCP 1.2, log4j 1.2, Derby 10.5): their
 * synchronized methods are modelled as every other monitor, and their interfaces' state is reset. The test programs are compiled by this
 * build, then written back as Java 1.4 class files (version 48, no stack map frames) and run from
 * there.
 */
class OldClassFilesTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    @TempDir
    Path old;

    @Test
    void aSynchronizedMethodAndASynchronizedBlockOnOneObjectExcludeEachOtherUnderEverySchedule() throws IOException {
        Program program = asJava14(SharedMonitor.class);
        Exploration e = Interleave.exploreMain(program, new String[0],
                ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(1_000), ProgressListener.NONE);
        assertTrue(e.passed(), () -> e.found().get().failure().summary());
        assertTrue(e.exhausted(), "the search ended after " + e.schedulesRun() + " schedules");
    }

    @Test
    void aDeadlockOnSynchronizedMethodsNamesTheHolderOfEachMonitorAndTheLines() throws IOException {
        Program program = asJava14(LockOrder.class);
        Exploration e = Interleave.exploreMain(program, new String[0],
                ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(1_000), ProgressListener.NONE);
        assertTrue(e.found().isPresent(), "no deadlock in " + e.schedulesRun() + " schedules");
        Failure.Deadlock deadlock = assertInstanceOf(Failure.Deadlock.class, e.found().get().failure());
        List<BlockedTask> onMonitors = deadlock.tasks().stream().filter(t -> t.waitsFor().startsWith("monitor LockOrder#")).toList();
        assertEquals(2, onMonitors.size(), deadlock.summary());
        for (BlockedTask task : onMonitors) {
            assertNotNull(task.heldBy(), deadlock.summary());
            StackTraceElement top = task.stack().getFirst();
            assertEquals("deposit", top.getMethodName(), task.stack().toString());
            assertTrue(top.getLineNumber() > 0, "the line a task waits at: " + top);
        }
    }

    @Test
    void anOldInterfacesStateStartsFreshInEveryExecution() throws IOException {
        Program program = asJava14(dev.interleave.testprograms.oldstyle.OldInterfaceState.class);
        for (int execution = 1; execution <= 3; execution++) {
            RunResult result = Interleave.runMain(program, new String[0], RunOptions.defaults().withEchoOutput(false));
            assertTrue(result.passed(), "execution " + execution + ": " + result.verdict());
            assertEquals(List.of("1"), result.output(), "execution " + execution);
        }
        assertTrue(program.notResettable().isEmpty(), program.notResettable().toString());
    }

    /** The program's classes, written back as Java 1.4 class files into a directory of their own. */
    private Program asJava14(Class<?> main) throws IOException {
        String prefix = main.getName().replace('.', '/');
        Path dir = TEST_CLASSES.resolve(prefix).getParent();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(main.getSimpleName())).toList()) {
                Path target = old.resolve(TEST_CLASSES.relativize(file));
                Files.createDirectories(target.getParent());
                Files.write(target, downgraded(Files.readAllBytes(file)));
            }
        }
        return Program.of(List.of(old), main.getName());
    }

    private static byte[] downgraded(byte[] bytes) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_4, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitNestHost(String nestHost) {
            }

            @Override
            public void visitNestMember(String nestMember) {
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
