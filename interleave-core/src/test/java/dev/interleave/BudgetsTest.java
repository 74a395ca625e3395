package dev.interleave;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Replayer;
import dev.interleave.explore.Target;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.schedule.Schedule;
import dev.interleave.testprograms.Budgets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every budget ends a run with an answer and a report of what ran so far, in the library API as on
 * the command line: the step limit, the time limit (even inside an execution, even inside a step
 * that never ends), a step that never ends; and a loop bounded by the wall clock ends under virtual
 * time.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(120)
class BudgetsTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);

    /** Named pipes whose readers are stuck: opened for writing after each test, which frees them. */
    private final List<Path> fifos = new ArrayList<>();

    @AfterEach
    void releaseStuckReaders() throws IOException, InterruptedException {
        for (Path fifo : fifos) {
            // A writer of its own process: opening a pipe no one reads would block this thread.
            Process writer = new ProcessBuilder("sh", "-c", "echo x > '" + fifo + "'").start();
            if (!writer.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                writer.destroyForcibly();
            }
            Files.deleteIfExists(fifo);
        }
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = Files.createTempDirectory("interleave-budget").resolve("never-written");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        fifos.add(fifo);
        return fifo;
    }

    @Test
    void aLivelockEndsAtTheStepLimitAndItsScheduleReplaysExactly() {
        ExploreOptions options = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withMaxSteps(5_000);
        Exploration exploration = Interleave.explore("livelock", options, Budgets::livelock);
        Found found = exploration.found().orElseThrow();
        var limit = assertInstanceOf(Failure.LimitExceeded.class, found.failure());
        assertEquals(Failure.Limit.STEPS, limit.kind());
        assertEquals(0, found.shrinkRuns(), "a livelock's runs are as long as the step limit: not shrunk");
        assertEquals(5_000, found.replay().trace().size());
        // The report's replay recorded the source lines of the end of the run, where the livelock is.
        assertTrue(found.replay().trace().steps().getLast().location().contains("Budgets.livelock"),
                found.replay().trace().steps().getLast().toString());
        assertTrue(found.replay().trace().steps().getFirst().location().isEmpty());

        RunResult again = Replayer.replay(ControlledRuntime.get(), Budgets::livelock, found.shrunk(),
                QUIET.withMaxSteps(5_000));
        assertEquals(limit.kind(), ((Failure.LimitExceeded) again.verdict()).kind());
        assertEquals(found.shrunk().choices(), again.choices());
    }

    @Test
    void aLivelockFoundInSyncModeReplaysWithItsSourceLinesAtTheSameStep() {
        // The report's replay records every point, also those no other task could have been chosen at;
        // the step limit must count the steps of the run that found it, or the replay ends too soon.
        ExploreOptions options = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withMode(Mode.SYNC).withMaxSteps(5_000);
        Exploration exploration = Interleave.explore("livelock", options, Budgets::livelockAfterSetup);
        Found found = exploration.found().orElseThrow();
        assertEquals(Failure.Limit.STEPS, ((Failure.LimitExceeded) found.failure()).kind());
        assertEquals(found.schedule().choices(), found.replay().choices());
    }

    @Test
    void theTimeLimitEndsAnExecutionThatNeverEndsWithAReportOfWhatRan() {
        List<Schedule> saved = new ArrayList<>();
        ExploreOptions options = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withMaxSteps(Long.MAX_VALUE)
                .withTimeLimit(Duration.ofSeconds(1));
        Exploration exploration = new dev.interleave.explore.Explorer(options, new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                saved.add(schedule);
            }
        }).explore(new Target("livelock", Budgets::livelock));
        assertTrue(exploration.timeLimitReached());
        Found found = exploration.found().orElseThrow(() -> new AssertionError("no schedule completed: the first "
                + "execution's not ending is the finding"));
        var limit = assertInstanceOf(Failure.LimitExceeded.class, found.failure());
        assertEquals(Failure.Limit.TIME, limit.kind());
        assertTrue(found.replay().trace().size() > 0, "the report shows what ran");
        assertEquals(List.of(found.schedule()), saved, "the schedule was saved before anything else");
    }

    @Test
    void aStepThatNeverEndsIsReportedFromTheLibraryAndTheCallerGoesOn() throws Exception {
        Path fifo = fifo();
        RunResult result = Interleave.run(QUIET.withTimeLimit(Duration.ofSeconds(1)), () -> {
            System.out.println("before the read");
            Budgets.readFifo(fifo);
        });
        var limit = assertInstanceOf(Failure.LimitExceeded.class, result.verdict());
        assertEquals(Failure.Limit.TIME, limit.kind());
        assertTrue(limit.stack().stream().anyMatch(frame -> frame.getMethodName().equals("readFifo")), limit.stack().toString());
        assertEquals(List.of("before the read"), result.output());
        // The runtime still serves runs, and the program's classes are not shared with the stuck one.
        assertTrue(Interleave.run(QUIET, () -> { }).passed());
    }

    @Test
    void anExplorationWhoseStepNeverEndsReportsItAsFound() throws Exception {
        Path fifo = fifo();
        List<Schedule> saved = new ArrayList<>();
        ExploreOptions options = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withTimeLimit(Duration.ofSeconds(1));
        Exploration exploration = new dev.interleave.explore.Explorer(options, new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                saved.add(schedule);
            }
        }).explore(new Target("stuck", () -> {
            Thread.ofVirtual().start(() -> { }).join();
            Budgets.readFifo(fifo);
        }));
        Found found = exploration.found().orElseThrow();
        assertInstanceOf(Failure.LimitExceeded.class, found.failure());
        assertEquals(1, saved.size());
        assertEquals(1, exploration.schedulesRun());
    }

    @Test
    void theTimeLimitEndingInsideAStepAfterTheFirstScheduleEndsTheExplorationWithNothingFound() throws Exception {
        Path fifo = fifo();
        AtomicInteger executions = new AtomicInteger();
        List<Schedule> saved = new ArrayList<>();
        ExploreOptions options = ExploreOptions.defaults(10).withStrategy(Strategies.RANDOM).withTimeLimit(Duration.ofSeconds(1));
        Exploration exploration = new dev.interleave.explore.Explorer(options, new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                saved.add(schedule);
            }
        }).explore(new Target("slow second schedule", () -> {
            Thread.ofVirtual().start(() -> { }).join();
            // The second schedule's step outlasts the budget: the budget ended, the program did not fail.
            if (executions.incrementAndGet() == 2) {
                Budgets.readFifo(fifo);
            }
        }));
        assertEquals(Optional.empty(), exploration.found().map(Found::failure));
        assertEquals(List.of(), saved);
        assertTrue(exploration.timeLimitReached());
        assertEquals(1, exploration.schedulesRun());
    }

    /** Blocks for real (a named pipe) in the first execution of the second scenario; the model does not. */
    public static final class StallsInTheSecondScenario {
        static final AtomicInteger EXECUTIONS = new AtomicInteger();
        static volatile Path fifo;
        private final boolean stall = EXECUTIONS.incrementAndGet() == 2;

        @dev.interleave.linearizability.Operation
        public int op() {
            if (stall) {
                Budgets.readFifo(fifo);
            }
            return 1;
        }
    }

    public static final class ConstantModel {
        public int op() {
            return 1;
        }
    }

    @Test
    void theTimeLimitEndingALaterScenariosFirstExecutionEndsALinearizabilityCheckWithNothingFound() throws Exception {
        // Each scenario is explored with what is left of the check's budget; the budget ending inside
        // a scenario's first execution was reported as a hang of the structure (a false alarm).
        StallsInTheSecondScenario.fifo = fifo();
        var options = dev.interleave.linearizability.LinearizabilityOptions.defaults(1).withThreads(1)
                .withOperationsPerThread(1).withSequentialParts(0, 0).withScenarios(3)
                .withSequential(ConstantModel.class).withTimeLimit(Duration.ofSeconds(3));
        options = options.withExplore(options.explore().withSchedules(1));
        var result = dev.interleave.linearizability.Linearizability.check(StallsInTheSecondScenario.class, options);
        assertEquals(Optional.empty(), result.failure().map(f -> f.message()));
        assertTrue(result.timeLimitReached());
        assertEquals(1, result.scenariosRun());
        assertEquals(2, StallsInTheSecondScenario.EXECUTIONS.get(), "the second scenario's execution ran, and stalled");
    }

    @Test
    void aLongComputationIsNotAStuckStep() throws Exception {
        // The step time limit is 1 s in that JVM; the step computes for 3 s, going round its loop.
        FreshJvm.Outcome outcome = FreshJvm.run(List.of("-Dinterleave.stepTimeLimit=1"),
                dev.interleave.testprograms.LongComputation.class, Duration.ofSeconds(60), "3");
        assertTrue(outcome.finished(), outcome.lines().toString());
        assertEquals("Pass[]", outcome.lines().getLast(), outcome.lines().toString());
    }

    @Test
    void aTaskThatSleepsWhileAnotherYieldsInALoopWakes() {
        RunResult result = Interleave.run(QUIET.withMaxSteps(100_000), Budgets::sleepWhileAnotherYields);
        assertTrue(result.passed(), result.verdict().toString());
        assertTrue(result.trace().size() < 10_000, "steps: " + result.trace().size());
    }

    @Test
    void pctLetsATaskThatWaitsByRetryingUnderALockBeOvertaken() {
        // In sync mode every round of the retry is a point, never a yield: a high-priority retrier
        // would starve the maker for good, a livelock of PCT's and not of the program's.
        for (long seed = 1; seed <= 20; seed++) {
            RunOptions options = QUIET.withMode(Mode.SYNC).withMaxSteps(200_000)
                    .withStrategy(new dev.interleave.internal.strategy.PctStrategy(seed, 3));
            RunResult result = Interleave.run(options, Budgets::retryUnderALockUntilAnotherIsDone);
            assertTrue(result.passed(), "seed " + seed + ": " + result.verdict());
        }
    }

    @Test
    void aLoopBoundedByTheWallClockEndsUnderVirtualTime() {
        long[] iterations = new long[1];
        RunResult result = Interleave.run(QUIET, () -> iterations[0] = Budgets.loopFor(200));
        assertTrue(result.passed(), result.verdict().toString());
        // Time moves on by a fixed step per loop iteration: the count is the schedule's, not the machine's.
        long expected = 1_000 + Duration.ofMillis(200).toNanos() / 1_000;
        assertTrue(Math.abs(iterations[0] - expected) <= 1_000, "iterations " + iterations[0]);
        long first = iterations[0];
        RunResult again = Interleave.run(QUIET, () -> iterations[0] = Budgets.loopFor(200));
        assertTrue(again.passed());
        assertEquals(first, iterations[0], "the same schedule loops as often every time");
    }
}
