package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/interleave} as a user runs it, after the package phase has built its jars: the
 * document's programs print the document's outputs, and a machine without JDK 25 gets one line.
 */
class BinInterleaveIT {

    private static final String EXAMPLES = BinInterleave.EXAMPLES;

    private static BinInterleave.Outcome interleave(Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return BinInterleave.run(env, args);
    }

    @Test
    void racyFlagPrintsTheDocumentsOutput() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertEquals(List.of("ran=false", "ran=false", "ran=false",
                "after ran = True", "after ran = True", "after ran = True"), outcome.out());
        // The flag is a plain field that three tasks read and write with nothing ordering them.
        assertTrue(!outcome.err().isEmpty() && outcome.err().stream().allMatch(l -> l.startsWith("DATA RACE: RacyFlag.ran: ")),
                outcome.err().toString());
    }

    @Test
    void lockedProgramsPrintTheDocumentsFixedOutput() throws Exception {
        for (String main : List.of("LockedFlag", "SynchronizedFlag")) {
            BinInterleave.Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio." + main);
            assertEquals(0, outcome.exit(), main + ": " + outcome.err());
            assertEquals(List.of("ran=false", "after ran = True", "ran=true", "ran=true"), outcome.out(), main);
            assertEquals(List.of(), outcome.err(), main + ": the lock orders every access: no data race");
        }
    }

    @Test
    void exploreFindsTheRaceSavesItAndAFreshJvmReplaysItExactly() throws Exception {
        Path first = Files.createTempDirectory("explore");
        BinInterleave.Outcome explore = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--mode", "cooperative", "--seed", "7",
                "--report", first.toString(), "dev.interleave.examples.asyncio.RacyOnce");
        assertEquals(1, explore.exit(), explore.err().toString());
        assertTrue(explore.out().getFirst().startsWith("FAILURE: uncaught java.lang.AssertionError"), explore.out().toString());
        assertTrue(explore.out().stream().anyMatch(l -> l.contains("seed 7")), explore.out().toString());
        String token = Files.readAllLines(first.resolve("schedule.txt")).getFirst();
        assertTrue(token.startsWith("il1.c") && token.length() < 100, token);
        String report = Files.readString(first.resolve("report.txt"));
        assertTrue(report.contains("at RacyOnce.foo(RacyOnce.java:"), report);
        // The launcher as it was invoked, so that the line runs as printed.
        assertTrue(report.contains("Replay: " + BinInterleave.HOME.resolve("bin/interleave") + " replay"), report);

        Path second = Files.createTempDirectory("replay");
        BinInterleave.Outcome replay = interleave(Map.of(), "replay", "--cp", EXAMPLES, "--schedule", first.resolve("schedule.txt").toString(),
                "--report", second.toString(), "dev.interleave.examples.asyncio.RacyOnce");
        assertEquals(1, replay.exit(), replay.err().toString());
        assertEquals(stepsOf(first), stepsOf(second), "the replay in a fresh JVM took other steps");
    }

    @Test
    void preemptiveModeFindsTheLostUpdateAndReplaysItOnlyInItsMode() throws Exception {
        String main = "dev.interleave.examples.memory.LostUpdateBug";
        Path first = Files.createTempDirectory("preemptive");
        BinInterleave.Outcome explore = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--mode", "preemptive", "--seed", "3",
                "--report", first.toString(), main);
        assertEquals(1, explore.exit(), explore.err().toString());
        assertTrue(explore.out().stream().anyMatch(l -> l.startsWith("DATA RACE: LostUpdateBug.count: ")), explore.out().toString());
        String token = Files.readAllLines(first.resolve("schedule.txt")).getFirst();
        assertTrue(token.startsWith("il1.p"), token);
        String report = Files.readString(first.resolve("report.txt"));
        assertTrue(report.matches("(?s).*LostUpdateBug\\.count ➜ 0 +at LostUpdateBug\\.lambda\\$main\\$.*"), report);

        Path second = Files.createTempDirectory("replay");
        // The token carries its mode: the replay needs no --mode.
        BinInterleave.Outcome replay = interleave(Map.of(), "replay", "--cp", EXAMPLES, "--schedule", token,
                "--report", second.toString(), main);
        assertEquals(1, replay.exit(), replay.err().toString());
        assertEquals(stepsOf(first), stepsOf(second), "the replay in a fresh JVM took other steps");
        BinInterleave.Outcome otherMode = interleave(Map.of(), "replay", "--cp", EXAMPLES, "--mode", "sync", "--schedule",
                token, main);
        assertEquals(2, otherMode.exit(), otherMode.err().toString());
        assertEquals(1, otherMode.err().size(), otherMode.err().toString());
    }

    @Test
    void dfsProvesTheLockedProgramAndSaysSo() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs", "--mode",
                "cooperative", "--report", Files.createTempDirectory("dfs").toString(), "dev.interleave.examples.asyncio.LockedOnce");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertTrue(outcome.out().getLast().contains("space exhausted for cooperative points: yes"), outcome.out().toString());
        assertTrue(outcome.out().getLast().matches(".*, [1-9][0-9]* branches skipped by the reduction(;.*)?"),
                outcome.out().toString());
        BinInterleave.Outcome full = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs", "--no-reduction",
                "--mode", "cooperative", "--report", Files.createTempDirectory("dfs").toString(), "dev.interleave.examples.asyncio.LockedOnce");
        assertEquals(0, full.exit(), full.err().toString());
        assertTrue(full.out().getLast().matches(".*space exhausted for cooperative points: yes(;.*)?"), full.out().toString());
    }

    @Test
    void anExhaustedSpaceIsAProofForItsModesPointsOnlyAndSaysWhatItLeavesOut() throws Exception {
        // A lost update: no blocking call between the read and the write, so DFS exhausts cooperative
        // and sync points without finding it. Neither may read as a proof about the counter.
        String main = "dev.interleave.examples.memory.LostUpdateBug";
        BinInterleave.Outcome cooperative = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs",
                "--mode", "cooperative", "--report", Files.createTempDirectory("proof").toString(), main);
        assertEquals(0, cooperative.exit(), cooperative.err().toString());
        assertTrue(cooperative.out().getLast().contains("space exhausted for cooperative points: yes")
                && cooperative.out().getLast().contains("; its tasks used shared fields or locks between those points: "
                        + "it proves nothing about switches there (mode sync or preemptive tries them)"),
                cooperative.out().getLast());
        BinInterleave.Outcome sync = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs", "--mode", "sync",
                "--report", Files.createTempDirectory("proof").toString(), main);
        assertEquals(0, sync.exit(), sync.err().toString());
        assertTrue(sync.out().getLast().contains("space exhausted for sync points: yes")
                && sync.out().getLast().contains("; its tasks raced on plain fields: it proves nothing about switches "
                        + "between those accesses (mode preemptive tries them)"), sync.out().getLast());
        BinInterleave.Outcome preemptive = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs",
                "--mode", "preemptive", "--report", Files.createTempDirectory("proof").toString(), main);
        assertEquals(1, preemptive.exit(), preemptive.out().toString());
    }

    @Test
    void aJdkClassIsTrustedUnlessInstrumentedAndTheReplayLineKeepsTheOption() throws Exception {
        String main = "dev.interleave.examples.jdk.ConcurrentLinkedDequeBug";
        BinInterleave.Outcome trusted = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "dfs", "--mode", "sync",
                "--report", Files.createTempDirectory("trusted").toString(), main);
        assertEquals(0, trusted.exit(), trusted.out().toString());
        assertTrue(trusted.out().getLast().contains("space exhausted for sync points: yes")
                && trusted.out().getLast().contains("JDK classes trusted (the instrument option looks inside one)"), trusted.out().getLast());
        // Repeated and comma-separated, as a user may give them.
        BinInterleave.Outcome found = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--mode", "sync", "--seed", "1",
                "--instrument", "java.util.concurrent.ConcurrentLinkedDeque,java.util.ArrayDeque",
                "--instrument", "java.util.concurrent.ConcurrentLinkedQueue",
                "--report", Files.createTempDirectory("instrumented").toString(), main);
        assertEquals(1, found.exit(), found.err().toString());
        assertTrue(found.out().getFirst().contains("no sequential order of the three calls gives that"), found.out().toString());
        String replayLine = found.out().getLast();
        assertTrue(replayLine.contains(" --instrument java.util.concurrent.ConcurrentLinkedDeque,java.util.ArrayDeque,"
                + "java.util.concurrent.ConcurrentLinkedQueue "), replayLine);
        BinInterleave.Outcome replay = BinInterleave.shell(replayLine.substring("replay: ".length()));
        assertEquals(1, replay.exit(), replayLine + "\n" + replay.err());
    }

    @Test
    void theProgramsServicesAreFoundInEveryExecution() throws Exception {
        BinInterleave.Outcome run = interleave(Map.of(), "run", "--cp", "interleave-cli/target/test-classes",
                "dev.interleave.cli.fixtures.LoadsService");
        assertEquals(0, run.exit(), run.err().toString());
        assertEquals(List.of("hello from a service"), run.out());
        BinInterleave.Outcome explore = interleave(Map.of(), "explore", "--cp", "interleave-cli/target/test-classes",
                "--strategy", "random", "--schedules", "5", "--report", Files.createTempDirectory("service").toString(),
                "dev.interleave.cli.fixtures.LoadsService");
        assertEquals(0, explore.exit(), explore.err().toString());
    }

    @Test
    void everythingAfterTheMainClassIsTheProgramsAndTheReplayLineRunsAsPrinted() throws Exception {
        String fixtures = "interleave-cli/target/test-classes";
        BinInterleave.Outcome run = interleave(Map.of(), "run", "--cp", fixtures, "dev.interleave.cli.fixtures.PrintsArgs",
                "-mo", "--strategy", "it's");
        assertEquals(0, run.exit(), run.err().toString());
        assertEquals(List.of("args: -mo --strategy it's"), run.out());

        // A long class path goes into an argument file beside the reports; the line still runs as printed.
        String longClassPath = String.join(":", java.util.Collections.nCopies(12, fixtures));
        for (String classPath : List.of(fixtures, longClassPath)) {
            BinInterleave.Outcome explore = interleave(Map.of(), "explore", "--cp", classPath, "--mode", "sync",
                    "--report", Files.createTempDirectory("args").toString(), "dev.interleave.cli.fixtures.PrintsArgs",
                    "-mo", "fail", "--", "two words");
            assertEquals(1, explore.exit(), explore.err().toString());
            String replayLine = explore.out().getLast();
            assertTrue(replayLine.startsWith("replay: "), explore.out().toString());
            assertEquals(classPath.length() > 200, replayLine.contains("classpath.args"), replayLine);
            BinInterleave.Outcome replay = BinInterleave.shell(replayLine.substring("replay: ".length()));
            assertEquals(1, replay.exit(), replayLine + "\n" + replay.err());
            assertEquals("args: -mo fail -- two words", replay.out().getFirst(), replayLine);
        }
    }

    @Test
    void readingAnEmptyStandardInputEndsAsStuckWaitingOutsideAfterTheOutsideWaitGiven() throws Exception {
        String main = "dev.interleave.examples.io.StdinPrompt";
        BinInterleave.Outcome run = BinInterleave.runWithOpenInput("run", "--outside-wait", "1s", "--cp", EXAMPLES, main);
        assertEquals(1, run.exit(), run.err().toString());
        assertEquals(List.of("your name?"), run.out());
        assertEquals("FAILURE: stuck waiting outside for 1 s: task main waits for System.in in StdinPrompt.main(StdinPrompt.java:18)"
                + " (task main)", run.err().getFirst());
        assertTrue(run.err().getLast().endsWith("run --cp " + EXAMPLES + " --outside-wait 1s " + main), run.err().getLast());

        Path reports = Files.createTempDirectory("stdin");
        BinInterleave.Outcome explore = BinInterleave.runWithOpenInput("explore", "--outside-wait", "1500ms", "--cp", EXAMPLES,
                "--report", reports.toString(), main);
        assertEquals(1, explore.exit(), explore.err().toString());
        String all = String.join("\n", explore.out()) + "\n" + String.join("\n", explore.err());
        assertTrue(all.contains("FAILURE: stuck waiting outside for 1500 ms: task main waits for System.in in StdinPrompt.main("
                + "StdinPrompt.java:18)"), all);
        assertTrue(all.contains("--outside-wait 1500ms"), all);
    }

    @Test
    void everyBudgetEndsTheCommandWithAReport() throws Exception {
        String fixtures = "interleave-cli/target/test-classes";
        BinInterleave.Outcome steps = interleave(Map.of(), "run", "--cp", fixtures, "--max-steps", "1000",
                "dev.interleave.cli.fixtures.NeverEnds");
        assertEquals(1, steps.exit(), steps.err().toString());
        assertTrue(steps.err().getFirst().startsWith("FAILURE: the execution took more than 1000 steps"), steps.err().toString());
        assertTrue(steps.err().getLast().endsWith("run --cp " + fixtures + " --max-steps 1000 dev.interleave.cli.fixtures.NeverEnds"),
                steps.err().getLast());

        Path reports = Files.createTempDirectory("budget");
        BinInterleave.Outcome time = interleave(Map.of(), "explore", "--cp", fixtures, "--time-limit", "2s",
                "--max-steps", "1000000000000", "--report", reports.toString(), "dev.interleave.cli.fixtures.NeverEnds");
        assertEquals(1, time.exit(), time.err().toString());
        assertTrue(time.out().getFirst().startsWith("FAILURE: the time limit ended the execution after"), time.out().toString());
        assertTrue(time.out().stream().anyMatch(line -> line.contains("(the time limit ended it)")), time.out().toString());
        assertTrue(Files.exists(reports.resolve("schedule.txt")));
        assertTrue(Files.readString(reports.resolve("report.txt")).contains("steps omitted"), "a long trace is cut");
    }

    @Test
    void aSampleSaysItIsNotAProof() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of(), "explore", "--cp", EXAMPLES, "--strategy", "random", "--schedules", "12",
                "--report", Files.createTempDirectory("sample").toString(), "dev.interleave.examples.asyncio.LockedOnce");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertTrue(outcome.out().getLast().contains("12 schedules"), outcome.out().toString());
        assertTrue(outcome.out().getLast().contains("space exhausted: no"), outcome.out().toString());
    }

    @Test
    void badExploreAndReplayInputIsOneLineAndExitTwo() throws Exception {
        String main = "dev.interleave.examples.asyncio.RacyOnce";
        List<List<String>> cases = List.of(
                List.of("explore", "--cp", EXAMPLES, "--strategy", "bogus", main),
                List.of("explore", "--cp", EXAMPLES, "--schedules", "0", main),
                List.of("explore", "--cp", EXAMPLES, "--schedules", "-3", main),
                List.of("explore", "--cp", EXAMPLES, "--report", "/proc/interleave-cannot-write", main),
                List.of("explore", "--cp", EXAMPLES, "--mode", "sideways", main),
                List.of("explore", "--cp", EXAMPLES, "--strategy", "dfs", "--seed", "1", main),
                List.of("explore", "--cp", EXAMPLES, "--pct-depth", "4", main),
                List.of("explore", "--cp", EXAMPLES, "--strategy", "pct", "--delay-bound", "1", main),
                List.of("explore", "--cp", EXAMPLES, "--no-reduction", main),
                List.of("explore", "--cp", EXAMPLES, "--shard", "2/2", main),
                List.of("explore", "--cp", EXAMPLES, "--instrument", "java.util.concurrent.NoSuchDeque", main),
                List.of("run", "--cp", EXAMPLES, "--instrument", "java.lang.Thread", main),
                List.of("replay", "--cp", EXAMPLES, "--schedule", "garbage", main),
                List.of("replay", "--cp", EXAMPLES, "--schedule", "il9.c0000.AQID", main),
                List.of("replay", "--cp", EXAMPLES, "--schedule",
                        new dev.interleave.schedule.Schedule(main, dev.interleave.Mode.COOPERATIVE, List.of(1)).token(),
                        "dev.interleave.examples.asyncio.LockedOnce"));
        for (List<String> args : cases) {
            BinInterleave.Outcome outcome = interleave(Map.of(), args.toArray(String[]::new));
            assertEquals(2, outcome.exit(), args + ": " + outcome.err());
            assertEquals(1, outcome.err().size(), args + ": " + outcome.err());
        }
    }

    private static String stepsOf(Path reportDir) throws IOException {
        String json = Files.readString(reportDir.resolve("report.json"));
        return json.substring(json.indexOf("\"rows\""), json.indexOf("\"stacks\""));
    }

    @Test
    void deadlockExitsWithOne() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.failures.LockOrderDeadlock");
        assertEquals(1, outcome.exit());
        assertTrue(outcome.err().getFirst().startsWith("FAILURE: deadlock"), outcome.err().toString());
    }

    @Test
    void aTaskPinnedInAClassInitializerIsReportedNotHungOn() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of("INTERLEAVE_JAVA_OPTS", "-Dinterleave.stepTimeLimit=2"),
                "run", "--cp", EXAMPLES, "dev.interleave.examples.failures.PinnedClassInit");
        assertEquals(1, outcome.exit(), outcome.err().toString());
        // The monitor is modelled, so waiting for it is a park, which the runtime sees is pinned at
        // once; the step time limit stays the safety net for a block it cannot see.
        assertTrue(outcome.err().getFirst().startsWith("FAILURE: task task-2 blocked while pinned"), outcome.err().toString());
        assertTrue(outcome.err().stream().anyMatch(l -> l.contains("PinnedClassInit$Late.<clinit>(PinnedClassInit.java:")),
                outcome.err().toString());
    }

    @Test
    void missingClassIsOneLineAndExitTwo() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "no.such.Main");
        assertEquals(2, outcome.exit());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
    }

    @Test
    void withoutJdk25ItSaysSoInOneLine() throws Exception {
        BinInterleave.Outcome outcome = interleave(Map.of("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64",
                        "INTERLEAVE_JDK25_FALLBACK", "/no/such/jdk"),
                "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag");
        assertEquals(2, outcome.exit());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
        assertTrue(outcome.err().getFirst().contains("no JDK 25 found"), outcome.err().toString());
    }
}
