package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.testprograms.Workload;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Under FIFO a program has one schedule, so every execution of it must take the same steps and
 * print the same output, however many times it runs in one JVM.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(300)
class DeterminismTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final int EXECUTIONS = 50;

    /** A step without its task's name (see tracesAreEqualIncludingTaskNames for the names). */
    record Point(int taskId, PointKind kind, String detail) {
    }

    @Test
    void fiftyExecutionsOfTheWorkloadTakeTheSameStepsAndPrintTheSameOutput() {
        // synchronized guards the balance; the executor has one thread.
        assertFiftyExecutionsAgree("monitor", "1");
    }

    @Test
    void fiftyExecutionsWithTwoIdleExecutorWorkersAgree() {
        // ThreadPoolExecutor.shutdown interrupts its idle workers in the order of a HashSet keyed
        // by identity hash codes: they must be the same in every execution.
        assertFiftyExecutionsAgree("monitor", "2");
    }

    @Test
    void fiftyExecutionsWithAContendedReentrantLockAgree() {
        // A contended acquire spins with Thread.onSpinWait(), a JIT intrinsic: it must stay a
        // scheduling point once AbstractQueuedSynchronizer.acquire is compiled.
        assertFiftyExecutionsAgree("lock", "1");
    }

    @Test
    void tracesAreEqualIncludingTaskNames() {
        // Trace: "Two runs of the same schedule give equal traces", task names (pool-N-thread-M)
        // included, though the JDK numbers pools JVM-wide.
        Program program = Program.of(List.of(TEST_CLASSES), Workload.class.getName());
        String[] args = {"lock", "2"};
        RunResult first = Interleave.runMain(program, args, QUIET);
        RunResult second = Interleave.runMain(program, args, QUIET);
        assertTrue(first.passed() && second.passed());
        assertEquals(first.trace(), second.trace());
    }

    @Test
    void immutableSetsAndMapsIterateInTheSameOrderInEveryJvm() throws Exception {
        // The JDK salts their order per JVM; a schedule replayed in a new JVM must print the same.
        // Unpatched, three JVMs agree on all five lines about once in many thousand tries.
        List<List<String>> outputs = new java.util.ArrayList<>();
        for (int jvm = 0; jvm < 3; jvm++) {
            FreshJvm.Outcome outcome = FreshJvm.run(dev.interleave.testprograms.ImmutableOrder.class,
                    java.time.Duration.ofSeconds(60));
            assertTrue(outcome.finished() && outcome.exitCode() == 0, () -> "the child JVM failed: " + outcome.lines());
            outputs.add(outcome.lines());
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertEquals(outputs.get(0), outputs.get(2));
    }

    private static void assertFiftyExecutionsAgree(String... args) {
        Program program = Program.of(List.of(TEST_CLASSES), Workload.class.getName());
        RunResult first = Interleave.runMain(program, args, QUIET);
        assertTrue(first.passed(), () -> first.verdict() + "\n" + first.trace().render());
        assertWorkloadIsNotTrivial(first);

        for (int execution = 2; execution <= EXECUTIONS; execution++) {
            RunResult result = Interleave.runMain(program, args, QUIET);
            assertTrue(result.passed(), "execution " + execution + ": " + result.verdict());
            assertEquals(points(first), points(result), "execution " + execution + " took other steps");
            assertEquals(first.output(), result.output(), "execution " + execution + " printed other output");
            assertEquals(first.virtualNanos(), result.virtualNanos(), "execution " + execution + "'s virtual time");
        }
    }

    /** The workload must exercise what the test claims to compare, or equal traces prove little. */
    private static void assertWorkloadIsNotTrivial(RunResult result) {
        List<Step> steps = result.trace().steps();
        Set<Integer> tasks = steps.stream().map(Step::taskId).collect(Collectors.toSet());
        assertTrue(tasks.size() >= 5, () -> "expected main, 3 tellers and a pool worker: " + tasks);
        Set<PointKind> kinds = steps.stream().map(Step::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(PointKind.class)));
        assertTrue(kinds.containsAll(EnumSet.of(PointKind.YIELD, PointKind.PARK, PointKind.TIMED_PARK, PointKind.EXIT)),
                () -> "kinds: " + kinds);
        // 100 + 3 rounds of deposits of 1, 2 and 3, under the lock; 9 monitor entries.
        assertTrue(result.output().contains("balance 118"), () -> result.output().toString());
        assertTrue(result.output().contains("monitor counter 9"), () -> result.output().toString());
        assertEquals(4, result.output().stream().filter(line -> line.startsWith("audit saw ")).count(),
                () -> result.output().toString());
    }

    private static List<Point> points(RunResult result) {
        return result.trace().steps().stream()
                .map(step -> new Point(step.taskId(), step.kind(), step.point().text()))
                .toList();
    }
}
