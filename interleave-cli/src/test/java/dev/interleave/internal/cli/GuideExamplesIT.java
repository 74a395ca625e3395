package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the user guide (docs/guide/) shows, as a user runs it: virtual time, a task blocked while
 * pinned, uncontrolled randomness caught by --check-determinism, a replay that diverges, and a JVM
 * without the agent.
 */
class GuideExamplesIT {

    private static final String EXAMPLES = BinInterleave.EXAMPLES;

    @Test
    void sleepersWakeInOrderOfDeadlineOnTheVirtualClock() throws Exception {
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "run", "--cp", EXAMPLES,
                "dev.interleave.examples.asyncio.Sleepers");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertEquals(List.of("slept 1 h, woke at 2026-01-01T01:00:00Z", "slept 2 h, woke at 2026-01-01T02:00:00Z",
                "slept 3 h, woke at 2026-01-01T03:00:00Z", "started at 2026-01-01T00:00:00Z, all done after PT3H"),
                outcome.out());
    }

    @Test
    void aJoinInAClassInitializerIsReportedAsBlockedWhilePinned() throws Exception {
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "run", "--cp", EXAMPLES,
                "dev.interleave.examples.failures.JoinInClassInit");
        assertEquals(1, outcome.exit(), outcome.err().toString());
        assertEquals("FAILURE: task main blocked while pinned (class initializer or native frame)", outcome.err().getFirst());
        assertTrue(outcome.err().stream().anyMatch(l -> l.contains("JoinInClassInit$Config.<clinit>(JoinInClassInit.java:")),
                outcome.err().toString());
    }

    @Test
    void checkDeterminismNamesTheDecisionAnUnseededRandomChanged() throws Exception {
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "explore", "--cp", EXAMPLES, "--mode", "cooperative",
                "--check-determinism", "--seed", "1", "dev.interleave.examples.failures.UnseededRandom");
        assertEquals(3, outcome.exit(), outcome.err().toString());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
        assertTrue(outcome.err().getFirst().startsWith("interleave: nondeterminism: at decision "), outcome.err().toString());
    }

    @Test
    void aScheduleTheProgramDoesNotFollowIsADivergenceExitThree() throws Exception {
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "replay", "--cp", EXAMPLES, "--schedule", "il1.c08a3.CQ",
                "dev.interleave.examples.asyncio.RacyOnce");
        assertEquals(3, outcome.exit(), outcome.err().toString());
        assertEquals(List.of("interleave: the program diverged from the schedule at decision 0 (step 1): "
                + "the schedule runs task 9 but the runnable tasks were [1, 2, 3]"), outcome.err());
    }

    @Test
    void withoutTheAgentItSaysSoInOneLine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = BinInterleave.HOME.resolve("interleave-cli/target/interleave-cli-0.1.0-SNAPSHOT-all.jar");
        Process process = new ProcessBuilder(java.toString(), "-cp", jar.toString(), "dev.interleave.internal.cli.Main", "run",
                "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag").directory(BinInterleave.HOME.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, process.exitValue(), err.toString());
        assertEquals("", out);
        assertEquals(List.of("interleave: the Interleave agent is not attached: start the JVM with "
                + "-javaagent:interleave-agent.jar (bin/interleave does this for you)"), err);
    }
}
