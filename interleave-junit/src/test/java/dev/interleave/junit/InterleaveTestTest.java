package dev.interleave.junit;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.junit.samples.FreshStateSample;
import dev.interleave.junit.samples.InstrumentSample;
import dev.interleave.junit.samples.LoaderReuseSample;
import dev.interleave.junit.samples.LockedFlagSample;
import dev.interleave.junit.samples.ParitySample;
import dev.interleave.junit.samples.OutsideWaitSample;
import dev.interleave.junit.samples.RacyFlagSample;
import dev.interleave.junit.samples.ReplaySample;
import dev.interleave.junit.samples.StuckSample;
import dev.interleave.schedule.Schedule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * The document's race and its fix as {@code @InterleaveTest} methods, run by the real Jupiter
 * engine under the real explorer: the race fails with the shrunk interleaving and how to replay
 * it, the fix passes every schedule, and a replay reproduces the failure.
 */
class InterleaveTestTest {

    private static final Pattern TOKEN = Pattern.compile("replay = \"(il1\\.[^\"]+)\"");
    private static final Path RACY_REPORTS = Path.of("target", "interleave", RacyFlagSample.class.getName(),
            "onlyOneTaskSetsTheFlag");

    @Test
    void theRacyFlagFailsWithTheShrunkInterleavingAndHowToReplayIt() throws IOException {
        Trees.delete(RACY_REPORTS);
        Throwable failure = Samples.onlyFailure(Samples.run(RacyFlagSample.class));
        String message = failure.getMessage();
        assertTrue(message.startsWith("Interleave found a failure at schedule "), message);
        assertTrue(message.contains("tasks that set the flag ==> expected: <1> but was: <"), message);
        assertTrue(message.contains("Interleaving, shrunk to "), message);
        // The three tasks each yield between the check and the set.
        // Each task's yield, in its row of the interleaving (a row's first line names its steps and task).
        assertEquals(3, message.lines().filter(line -> line.matches("\\s+(\\d+(-\\d+)?\\s+task-\\d\\s+)?yield(\\s.*)?")).count(),
                message);
        assertTrue(message.contains("-Dinterleave.replay=" + token(message)), message);
        assertInstanceOf(AssertionFailedError.class, failure.getCause(), "the test's own assertion is the cause");

        List<String> schedule = Files.readAllLines(RACY_REPORTS.resolve("schedule.txt"));
        assertEquals(token(message), schedule.get(0), "schedule.txt holds the token of the message");
        assertTrue(Files.readString(RACY_REPORTS.resolve("report.txt")).startsWith("FAILURE: uncaught "));
        assertTrue(Files.exists(RACY_REPORTS.resolve("report.json")));
    }

    @Test
    void aTestWaitingOutsideForGoodFailsAsStuckAfterItsOutsideWait() {
        String message = Samples.onlyFailure(Samples.run(OutsideWaitSample.class)).getMessage();
        assertTrue(message.contains("stuck waiting outside for 1 s: task "), message);
        assertEquals(null, System.getProperty("interleave.outsideWait"), "the bound is the test's only");
    }

    @Test
    void aTestWhoseStepNeverEndsFailsAtItsTimeLimitAndTheNextTestRuns() throws Exception {
        Path fifo = Files.createTempDirectory("interleave-stuck").resolve("never-written");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        System.setProperty("interleave.test.fifo", fifo.toString());
        try {
            EngineExecutionResults results = Samples.run(StuckSample.class);
            results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
            String message = Samples.onlyFailure(results).getMessage();
            assertTrue(message.contains("the time limit ended the execution inside a step"), message);
            assertTrue(message.contains("readsAPipeNoOneWrites"), message);
        } finally {
            // Frees the reader that was given up (a writer of its own process cannot block this one).
            Process writer = new ProcessBuilder("sh", "-c", "echo x > '" + fifo + "'").start();
            if (!writer.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                writer.destroyForcibly();
            }
            System.clearProperty("interleave.test.fifo");
        }
    }

    @Test
    void theLockedFlagPassesEveryScheduleAndSaysHowMany() {
        EngineExecutionResults results = Samples.run(LockedFlagSample.class);
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> entries = Samples.reportEntries(results);
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.matches("no failure: strategy portfolio, mode preemptive, seed \\d+: 1000 schedules in "
                + "\\d+\\.\\d\\d s, space exhausted: no \\(a sample, not a proof\\); data races: none seen")), entries.toString());
        // An exhausted search is a proof for cooperative points only, and the tasks took the lock and
        // used the flag between them: the pass must not read as a proof about switches there.
        assertTrue(entries.stream().anyMatch(e -> e.matches("no failure: strategy dfs, mode cooperative: \\d+ schedules in \\d+\\.\\d\\d s, "
                + "space exhausted for cooperative points: yes, \\d+ branches skipped by the reduction; its tasks used "
                + "shared fields or locks between those points: it proves nothing about switches there \\(mode sync "
                + "or preemptive tries them\\); data races: none seen")), entries.toString());
    }

    @Test
    void theAnnotationsDefaultsAreTheCommandLinesExploreDefaults() throws Exception {
        // An annotation's default must be a constant: this keeps it the same as ExploreOptions'.
        assertEquals(dev.interleave.explore.ExploreOptions.DEFAULT_MODE,
                InterleaveTest.class.getMethod("mode").getDefaultValue());
        assertEquals(Mode.PREEMPTIVE, dev.interleave.explore.ExploreOptions.DEFAULT_MODE);
        assertEquals(dev.interleave.explore.ExploreOptions.DEFAULT_STRATEGY,
                InterleaveTest.class.getMethod("strategy").getDefaultValue());
        assertEquals(dev.interleave.explore.ExploreOptions.DEFAULT_SCHEDULES,
                InterleaveTest.class.getMethod("schedules").getDefaultValue());
    }

    @Test
    void aJdkClassTheTestNamesIsInstrumentedAsProgramCodeAndTheOthersAreTrusted() {
        EngineExecutionResults results = Samples.run(InstrumentSample.class);
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> entries = Samples.reportEntries(results);
        assertTrue(entries.stream().anyMatch(e -> e.matches(".*; data races: \\d+ \\(on .*ArrayDeque\\..*\\)")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.endsWith("; data races: none seen")), entries.toString());
    }

    @Test
    void everyExecutionHasFreshStaticsInstanceAndSetUp() {
        Samples.run(FreshStateSample.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void executionsShareOneClassLoaderWhatTheirClassesAre() {
        LoadersSeen.clear();
        Samples.run(LoaderReuseSample.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertEquals(1, LoadersSeen.count("plainClass"), "loaders of 20 executions of a plain class");
        assertEquals(1, LoadersSeen.count("usesAnEnum"), "loaders of 20 executions of a class with an enum");
        assertEquals(1, LoadersSeen.count("usesAnInterfaceWithState"),
                "loaders of 20 executions of a class with an interface's state");
    }

    @Test
    void theReplayAttributeRunsExactlyThatSchedule() {
        String message = Samples.onlyFailure(Samples.run(ReplaySample.class, "racyFlag")).getMessage();
        assertTrue(message.startsWith("Interleave replayed schedule il1.ce14c.AQIDAQID (from the replay attribute) and it fails:"),
                message);
        assertTrue(message.contains("tasks that set the flag ==> expected: <1> but was: <3>"), message);
    }

    @Test
    void aScheduleTheTestCannotFollowFailsNamingTheDecision() {
        String message = Samples.onlyFailure(Samples.run(ReplaySample.class, "divergent")).getMessage();
        assertTrue(message.startsWith("Interleave could not replay il1.c43e7.CQkJ (from the replay attribute): "
                + "the program diverged from the schedule at decision 0"), message);
    }

    @Test
    void aShardsPassSaysWhichShardItRan() {
        System.setProperty(Settings.SHARD_PROPERTY, "1/3");
        try {
            EngineExecutionResults results = Samples.run(LockedFlagSample.class, "onlyOneTaskSetsTheFlag");
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            List<String> entries = Samples.reportEntries(results);
            // Executions 1, 4, 7... of the 1,000: 333 of them.
            assertTrue(entries.size() == 1 && entries.getFirst().matches("no failure: strategy portfolio, mode preemptive, "
                    + "seed \\d+, shard 1/3: 333 schedules in \\d+\\.\\d\\d s, space exhausted: no \\(a sample, not a "
                    + "proof\\); data races: none seen"), entries.toString());
        } finally {
            System.clearProperty(Settings.SHARD_PROPERTY);
        }
    }

    @Test
    void aPassingReplaySaysSo() throws Exception {
        // The locked flag's FIFO schedule, recorded as a user's earlier run would have.
        Method method = LockedFlagSample.class.getDeclaredMethod("onlyOneTaskSetsTheFlag");
        String target = LockedFlagSample.class.getName() + "#onlyOneTaskSetsTheFlag";
        FreshExecution body = new FreshExecution(LockedFlagSample.class, method, null);
        RunResult fifo = Interleave.run(RunOptions.defaults().withEchoOutput(false), body);
        assertTrue(fifo.passed(), fifo.verdict().toString());
        String token = new Schedule(target, Mode.COOPERATIVE, fifo.choices()).token();
        System.setProperty(Settings.REPLAY_PROPERTY, token);
        try {
            EngineExecutionResults results = Samples.run(LockedFlagSample.class, "onlyOneTaskSetsTheFlag");
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            assertEquals(List.of("replayed schedule " + token + " (from -Dinterleave.replay): no failure; data races: none seen"),
                    Samples.reportEntries(results));
        } finally {
            System.clearProperty(Settings.REPLAY_PROPERTY);
        }
    }

    @Test
    void theReplayPropertyReplaysTheFoundScheduleAndOnlyForItsOwnTest() {
        String token = token(Samples.onlyFailure(Samples.run(RacyFlagSample.class)).getMessage());
        System.setProperty(Settings.REPLAY_PROPERTY, token);
        try {
            String replayed = Samples.onlyFailure(Samples.run(RacyFlagSample.class)).getMessage();
            assertTrue(replayed.startsWith("Interleave replayed schedule " + token + " (from -Dinterleave.replay) and it fails:"),
                    replayed);
            String foreign = Samples.onlyFailure(Samples.run(LockedFlagSample.class, "onlyOneTaskSetsTheFlag")).getMessage();
            assertTrue(foreign.startsWith("@InterleaveTest on " + LockedFlagSample.class.getName()
                    + "#onlyOneTaskSetsTheFlag: cannot replay " + token + " (from -Dinterleave.replay): "
                    + "this schedule was recorded for another program"), foreign);
        } finally {
            System.clearProperty(Settings.REPLAY_PROPERTY);
        }
    }

    @Test
    void aTestThatFailedReplaysItsSavedScheduleFirstOnTheNextRun() {
        System.setProperty(PreviousFailure.PROPERTY, "true");
        try {
            String first = Samples.onlyFailure(Samples.run(RacyFlagSample.class)).getMessage();
            String second = Samples.onlyFailure(Samples.run(RacyFlagSample.class)).getMessage();
            assertTrue(second.startsWith("Interleave replayed schedule " + token(first) + " (from the previous failing "
                    + "run, saved in " + RACY_REPORTS.resolve("schedule.txt") + ") and it fails:"), second);
        } finally {
            System.setProperty(PreviousFailure.PROPERTY, "false");
        }
    }

    @Test
    void aSavedScheduleThatPassesNowIsSaidAndTheExplorationRunsAsUsual() throws Exception {
        // The locked flag's FIFO schedule in the annotation's default mode, saved as a failing run would have.
        Method method = LockedFlagSample.class.getDeclaredMethod("onlyOneTaskSetsTheFlag");
        String target = LockedFlagSample.class.getName() + "#onlyOneTaskSetsTheFlag";
        RunResult fifo = Interleave.run(RunOptions.defaults().withEchoOutput(false).withMode(Mode.PREEMPTIVE),
                new FreshExecution(LockedFlagSample.class, method, null));
        assertTrue(fifo.passed(), fifo.verdict().toString());
        String token = new Schedule(target, Mode.PREEMPTIVE, fifo.choices()).token();
        Path dir = Path.of("target", "interleave", LockedFlagSample.class.getName(), "onlyOneTaskSetsTheFlag");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("schedule.txt"), token + "\n");
        System.setProperty(PreviousFailure.PROPERTY, "true");
        try {
            EngineExecutionResults results = Samples.run(LockedFlagSample.class, "onlyOneTaskSetsTheFlag");
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            List<String> entries = Samples.reportEntries(results);
            assertEquals(1, entries.size(), entries.toString());
            assertTrue(entries.get(0).startsWith("the previous failing schedule " + token + " passes now; no failure: "
                    + "strategy portfolio, mode preemptive, seed "), entries.get(0));
        } finally {
            System.setProperty(PreviousFailure.PROPERTY, "false");
            Files.deleteIfExists(dir.resolve("schedule.txt"));
        }
    }

    @Test
    void theDefaultModeFindsALostUpdateOnAPlainField() {
        String message = Samples.onlyFailure(Samples.run(ParitySample.class, "lostUpdate")).getMessage();
        assertTrue(message.matches("(?s)Interleave found a failure at schedule \\d+ of \\d+ \\(strategy portfolio, mode "
                + "preemptive, seed 1\\):.*count after two increments ==> expected: <2> but was: <1>.*"), message);
    }

    @Test
    void failOnDataRaceFailsAPassThatRaced() {
        String message = Samples.onlyFailure(Samples.run(ParitySample.class, "racyButPassing")).getMessage();
        assertTrue(message.startsWith("Interleave saw "), message);
        assertTrue(message.contains("DATA RACE: ParitySample.last: write by "), message);
        assertTrue(message.contains("failOnDataRace makes that a failure"), message);
    }

    @Test
    void theShardPropertyRunsOneShardOfEachExploration() {
        System.setProperty(Settings.SHARD_PROPERTY, "1/4");
        try {
            EngineExecutionResults results = Samples.run(LockedFlagSample.class, "onlyOneTaskSetsTheFlag");
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            List<String> entries = Samples.reportEntries(results);
            assertTrue(entries.getFirst().contains(": 250 schedules in "), entries.toString());
        } finally {
            System.clearProperty(Settings.SHARD_PROPERTY);
        }
    }

    static String token(String message) {
        Matcher m = TOKEN.matcher(message);
        assertTrue(m.find(), message);
        return m.group(1);
    }
}
