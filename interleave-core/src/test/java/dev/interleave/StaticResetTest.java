package dev.interleave;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ProgressListener;
import dev.interleave.testprograms.EnumCounter;
import dev.interleave.testprograms.EnumState;
import dev.interleave.testprograms.FailingInit;
import dev.interleave.testprograms.InitOrder;
import dev.interleave.testprograms.InterfaceState;
import dev.interleave.testprograms.SharedLoaderWitness;
import dev.interleave.testprograms.SurvivingObject;
import dev.interleave.testprograms.init.GuardLine;
import dev.interleave.testprograms.init.InitTriggers;
import dev.interleave.testprograms.init.StatefulInterfaces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Executions of a program take turns with one class loader, its classes' static fields reset and
 * their initializers run again, lazily, as the JVM would run them in a fresh one; a program with a
 * class that cannot be reset gets a fresh loader per execution instead.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(120)
class StaticResetTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private static Program program(Class<?> main) {
        return Program.of(List.of(TEST_CLASSES), main.getName());
    }

    @Test
    void executionsShareTheLoaderAndStillStartFresh() {
        Program program = program(SharedLoaderWitness.class);
        System.getProperties().remove("interleave.test.witness");
        assertEquals(List.of("1 first"), Interleave.runMain(program, new String[0], QUIET).output());
        for (int execution = 2; execution <= 4; execution++) {
            RunResult result = Interleave.runMain(program, new String[0], QUIET);
            assertTrue(result.passed(), "execution " + execution + ": " + result.verdict());
            assertEquals(List.of("1 same class"), result.output(), "execution " + execution);
        }
        assertTrue(program.notResettable().isEmpty(), program.notResettable().toString());
    }

    @Test
    void anExplorationResetsStaticsForEverySchedule() {
        Program program = program(SharedLoaderWitness.class);
        Exploration exploration = Interleave.exploreMain(program, new String[0],
                ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(200), ProgressListener.NONE);
        assertTrue(exploration.passed(), () -> exploration.found().get().failure().summary());
        assertEquals(200, exploration.schedulesRun());
    }

    @Test
    void classesAreInitializedAtFirstUseByTheTaskThatUsesThem() {
        Program program = program(InitOrder.class);
        List<String> expected = List.of(
                "main starts, execution 1",
                "worker uses Lazy",
                "init Base in worker",
                "init Lazy begins",
                "init Lazy ends in worker",
                "worker read value",
                "other runs");
        printsTheSameEveryExecution(program, expected);
    }

    private static void printsTheSameEveryExecution(Program program, List<String> expected) {
        for (int execution = 1; execution <= 3; execution++) {
            RunResult result = Interleave.runMain(program, new String[0], QUIET);
            assertTrue(result.passed(), "execution " + execution + ": " + result.verdict());
            assertEquals(expected, result.output(), "execution " + execution);
        }
    }

    /**
     * Each way the JVM initializes a class (a subclass without an initializer of its own, {@code new}
     * before its arguments, var and method handles to static fields, {@code Class.forName},
     * reflection on static fields, {@code Lookup.ensureInitialized}, a field named through a subclass)
     * does so in every execution, at the moment plain {@code java} does.
     */
    @Test
    void everyWayTheJvmInitializesAClassWorksInEveryExecutionAsInPlainJava() throws Exception {
        FreshJvm.Outcome plain = FreshJvm.plain(InitTriggers.class, java.time.Duration.ofSeconds(60));
        assertTrue(plain.finished() && plain.exitCode() == 0, plain.lines().toString());
        Program program = program(InitTriggers.class);
        printsTheSameEveryExecution(program, plain.lines());
        assertTrue(program.notResettable().isEmpty(), program.notResettable().toString());
    }

    @Test
    void aStaticMethodWhoseInitializerFailsShowsItsFirstLine() {
        RunResult result = Interleave.runMain(program(GuardLine.class), new String[0], QUIET);
        var failure = org.junit.jupiter.api.Assertions.assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        StackTraceElement value = java.util.Arrays.stream(failure.error().getStackTrace())
                .filter(frame -> frame.getMethodName().equals("value")).findFirst().orElseThrow();
        assertTrue(value.getLineNumber() > 0, "the guard's frame has no line: " + value);
    }

    @Test
    void aJdbcDriverFoundThroughDriverManagerIsThisExecutionsInEveryExecution() {
        printsTheSameEveryExecution(program(dev.interleave.testprograms.FakeDriver.Connects.class),
                List.of("reached this execution's driver"));
    }

    @Test
    void anObjectLeftByAnEarlierExecutionSeesItsClassInitializedAnew() {
        System.getProperties().remove("interleave.test.surviving");
        printsTheSameEveryExecution(program(SurvivingObject.class), List.of("initialized!"));
    }

    @Test
    void aYieldInsideAnInitializerLetsNoOtherTaskInUnderAnySchedule() {
        Program program = program(InitOrder.class);
        for (long seed = 1; seed <= 40; seed++) {
            RunOptions options = QUIET.withStrategy(new dev.interleave.internal.strategy.RandomStrategy(seed));
            RunResult result = Interleave.runMain(program, new String[0], options);
            assertTrue(result.passed(), result.verdict().toString());
            List<String> out = result.output();
            int begins = out.indexOf("init Lazy begins");
            assertTrue(begins > 0 && out.get(begins - 1).equals("init Base in worker"), out.toString());
            assertEquals("init Lazy ends in worker", out.get(begins + 1), out.toString());
            assertEquals("main starts, execution 1", out.getFirst(), out.toString());
        }
    }

    @Test
    void aFailedInitializerMakesTheClassErroneousForTheRestOfTheExecutionOnly() {
        Program program = program(FailingInit.class);
        List<String> expected = List.of(
                "attempt 1: ExceptionInInitializerError caused by java.lang.IllegalStateException: broken on purpose",
                "attempt 2: NoClassDefFoundError: Could not initialize class dev.interleave.testprograms.FailingInit$Broken");
        printsTheSameEveryExecution(program, expected);
    }

    @Test
    void enumsStartFreshInEveryExecutionOfTheSharedLoader() {
        Program program = program(EnumState.class);
        printsTheSameEveryExecution(program, List.of("1 1 1 g"));
        assertTrue(program.notResettable().isEmpty(), program.notResettable().toString());
        printsTheSameEveryExecution(program(EnumCounter.class), List.of("1 1 2"));
    }

    @Test
    void interfacesWithStateStartFreshInEveryExecutionOfTheSharedLoader() throws Exception {
        Program program = program(InterfaceState.class);
        printsTheSameEveryExecution(program, List.of("1"));
        assertTrue(program.notResettable().isEmpty(), program.notResettable().toString());

        FreshJvm.Outcome plain = FreshJvm.plain(StatefulInterfaces.class, java.time.Duration.ofSeconds(60));
        assertTrue(plain.finished() && plain.exitCode() == 0, plain.lines().toString());
        Program interfaces = program(StatefulInterfaces.class);
        printsTheSameEveryExecution(interfaces, plain.lines());
        assertTrue(interfaces.notResettable().isEmpty(), interfaces.notResettable().toString());
        Exploration exploration = Interleave.exploreMain(program, new String[0],
                ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(30), ProgressListener.NONE);
        assertTrue(exploration.passed(), () -> exploration.found().get().failure().summary());
    }

}
