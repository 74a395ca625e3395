package dev.interleave.agent.program;

import dev.interleave.agent.jdk.CommonPoolRedirector;
import dev.interleave.agent.jdk.SchedulingCallRewriter;
import dev.interleave.agent.jdk.TimeCallRewriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class of the program under test, as its class loader defines it: a chain of small
 * method visitors, one concern each. None adds a branch, so existing stack map frames stay valid.
 *
 * <p>The memory visitors ({@link MonitorPoints}, {@link SyncCalls}, {@link MemoryAccesses}) are in the chain whatever
 * the mode, and the runtime checks the run's mode at each call. A class is instrumented once per
 * JVM (when it loads, or once into the cache that every execution's fresh class loader reads), while
 * the mode is chosen per run, and one JVM runs executions in different modes (an explore in one
 * mode, then a replay of a schedule of another; tests of each mode side by side). The race detector
 * needs every access in every mode anyway, so a chain chosen per JVM would save nothing for it; the
 * cost left to cooperative runs is one static call per access that finds no scheduling point to make.
 */
public final class ProgramInstrumenter {

    private ProgramInstrumenter() {
    }

    public static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private ClassFacts facts;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                facts = new ClassFacts(name, version);
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitSource(String source, String debug) {
                facts.sourceFile = source == null ? "" : source;
                super.visitSource(source, debug);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                facts.field(name, access);
                return super.visitField(access, name, descriptor, signature, value);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                mv = new TimeCallRewriter(mv);
                if (!name.equals("<clinit>")) {
                    mv = new CommonPoolRedirector(mv);
                }
                mv = new SchedulingCallRewriter(mv);
                mv = new CallRedirector(mv);
                mv = new MonitorObserver(mv);
                // Interleave's task API (TaskGroup, Subtask) runs inside tasks: its joins and locks
                // order the program's accesses, but its own fields are not the program's memory.
                if (!ClassFacts.interleaveOwn(facts.name) || ClassFacts.taskApi(facts.name)) {
                    mv = new MonitorPoints(mv, facts, access);
                    mv = new SyncCalls(mv);
                }
                if (!ClassFacts.interleaveOwn(facts.name)) {
                    mv = new MemoryAccesses(mv, facts, name);
                }
                mv = new LoopIterations(mv);
                return mv;
            }
        }, 0);
        return writer.toByteArray();
    }
}
