package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks that wait for the outside world (a socket, a process) are not deadlocked: the explorer runs
 * the whole budget of schedules of correct programs that use them, in every mode, and finds nothing;
 * the JDK's own helper threads (socket pollers, the process reaper) never become tasks; a wait that
 * nothing will ever answer ends the run as stuck waiting outside, not as a deadlock; a failure that
 * the outside world decided, not the schedule, is reported as nondeterminism.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(300)
class OutsideWorldTest {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final String PROGRAMS = "dev.interleave.testprograms.outside.";
    private static final int SCHEDULES = 100;

    private static Exploration explore(String main, String mode, String... args) {
        ExploreOptions options = ExploreOptions.defaults(7).withStrategy(Strategies.RANDOM).withSchedules(SCHEDULES)
                .withMode(Mode.parse(mode));
        return Interleave.exploreMain(Program.of(List.of(TEST_CLASSES), PROGRAMS + main), args, options,
                ProgressListener.NONE);
    }

    @ParameterizedTest
    @CsvSource({"LoopbackEcho, cooperative, platform", "LoopbackEcho, sync, platform",
            "LoopbackEcho, preemptive, platform", "LoopbackEcho, cooperative, virtual", "LoopbackEcho, sync, virtual",
            "ProcessWait, cooperative, -", "ProcessWait, sync, -", "ProcessWait, preemptive, -",
            "ProcessOnExit, cooperative, -", "ProcessOnExit, sync, -", "ProcessOnExit, preemptive, -"})
    void correctProgramsOnSocketsAndProcessesPassEverySchedule(String main, String mode, String arg) {
        Exploration e = explore(main, mode, arg);
        assertTrue(e.passed(), () -> main + " " + mode + ": " + e.found().orElseThrow().replay().verdict());
        assertEquals(SCHEDULES, e.schedulesRun());
    }

    @Test
    void aFailureTheOutsideDecidedIsReportedAsNotReplayedWhenItsScheduleRunsAgainAndPasses(@TempDir Path dir) {
        Exploration e = explore("FailsOnce", "cooperative", dir.resolve("marker").toString());
        String notReplayed = e.found().orElseThrow().notReplayed();
        assertTrue(notReplayed != null && notReplayed.startsWith("running its schedule again ended otherwise (it passed)"),
                notReplayed);
    }

    @Test
    void theJdksSocketPollersAreNotTasks() {
        RunResult result = Interleave.runMain(Program.of(List.of(TEST_CLASSES), PROGRAMS + "LoopbackEcho"),
                new String[] {"virtual"}, RunOptions.defaults().withEchoOutput(false));
        assertInstanceOf(Verdict.Pass.class, result.verdict());
        assertEquals(List.of("echo hello"), result.output());
        assertEquals(List.of("main", "server"), result.trace().steps().stream().map(Step::task).distinct().toList());
    }

    @ParameterizedTest
    @CsvSource({"monitors, cooperative", "monitors, sync", "monitors, preemptive", "locks, cooperative", "locks, sync",
            "locks, preemptive"})
    void aDeadlockBesideATaskWaitingOutsideIsReportedAtOnceAsADeadlock(String locks, String mode) {
        Exploration e = explore("DeadlockBesideOutsideWait", mode, locks);
        RunResult replay = e.found().orElseThrow(() -> new AssertionError("no failure found")).replay();
        var deadlock = assertInstanceOf(Failure.Deadlock.class, replay.verdict(), () -> replay.verdict().toString());
        assertEquals(List.of("left", "right"), deadlock.tasks().stream().map(BlockedTask::task).sorted().toList(),
                deadlock.summary());
        // At once: the scheduler did not wait for the outside world (the clock would have followed real time).
        assertEquals(0, replay.virtualNanos(), deadlock.summary());
    }

    @Test
    void aCycleOfInterruptibleLockWaitsThatATaskWaitingOutsideEndsIsNoDeadlock() {
        Exploration e = explore("CycleTheOutsideBreaks", "cooperative");
        assertTrue(e.passed(), () -> e.found().orElseThrow().replay().verdict().toString());
        assertEquals(SCHEDULES, e.schedulesRun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UnansweredRead", "UnansweredReadWhileATimerTicks"})
    void aReadThatNothingAnswersEndsAsStuckOutsideNotAsADeadlock(String program) {
        // With a timer ticking, each tick ended the wait for the outside and the next one began
        // afresh: the run waited forever.
        String before = System.getProperty("interleave.outsideWait");
        System.setProperty("interleave.outsideWait", "1");
        try {
            RunResult result = Interleave.runMain(Program.of(List.of(TEST_CLASSES), PROGRAMS + program),
                    new String[0], RunOptions.defaults().withEchoOutput(false));
            var failure = assertInstanceOf(Failure.LimitExceeded.class, result.verdict());
            assertEquals(Failure.Limit.OUTSIDE_WAIT, failure.kind());
            assertEquals("main", failure.task());
            assertTrue(failure.limit().contains("task main waits for input in " + program + ".main(" + program + ".java:"),
                    failure.limit());
            // The trace says what main waits for, as an event of its own kind (not a park on an object).
            Step last = result.trace().steps().stream().filter(step -> step.task().equals("main")).toList().getLast();
            assertEquals(Event.Kind.IO_WAIT, last.point().kind(), last.toString());
            assertEquals("wait for I/O on input", last.operation());
        } finally {
            if (before == null) {
                System.clearProperty("interleave.outsideWait");
            } else {
                System.setProperty("interleave.outsideWait", before);
            }
        }
    }
}
