package dev.interleave.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.junit.samples.BlockingQueueSample;
import dev.interleave.junit.samples.LinearizableQueueSample;
import dev.interleave.junit.samples.LostWakeUpSample;
import dev.interleave.junit.samples.NoOperationsSample;
import dev.interleave.junit.samples.RacyCounterSample;
import dev.interleave.linearizability.NotLinearizableError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code @LinearizabilityTest} through the real Jupiter engine: a correct queue passes every
 * scenario, each explored to the end of its space; a racy counter fails with the scenario, the
 * results no order explains and a key that replays both; the key, given back, fails the same way.
 */
class LinearizabilityTestTest {

    /** SEED/INDEX/TOKEN, or SEED/INDEX/SHAPE/TOKEN for a shrunk scenario. */
    private static final Pattern KEY = Pattern.compile("replay = \"(-?\\d+/\\d+/(?:[0-9,.:]+/)?il1\\.[^\"]+)\"");

    @Test
    void aCorrectQueuePassesEveryScenarioToTheEndOfItsSpace() {
        var results = Samples.run(LinearizableQueueSample.class);
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        List<String> entries = Samples.reportEntries(results);
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.getFirst().startsWith("linearizable in 30 scenarios (seed 21, "), entries.getFirst());
        assertTrue(entries.getFirst().contains("30 scenarios explored to the end of their space"), entries.getFirst());
    }

    @Test
    void aRacyCounterFailsWithTheScenarioTheResultsAndTheKeyThatReplaysThem() throws Exception {
        Throwable failure = Samples.onlyFailure(Samples.run(RacyCounterSample.class));
        String message = failure.getMessage();
        assertTrue(message.startsWith("Interleave found a failure in scenario "), message);
        assertTrue(message.contains("not linearizable: no sequential order"), message);
        // Shrunk to its core: two threads of one increment each, both returning 1 where an order allows 2.
        assertTrue(message.contains("Scenario shrunk from 2 threads and 9 operations to 2 and 2 ("), message);
        assertTrue(message.contains("  thread 0:  incrementAndGet(): 1 ["), message);
        assertTrue(message.contains("  thread 1:  incrementAndGet(): 1 ["), message);
        assertTrue(message.contains("incrementAndGet() returned 1; a sequential order allows 2"), message);
        assertTrue(message.contains("(strategy portfolio, mode preemptive)"), message);
        assertInstanceOf(NotLinearizableError.class, failure.getCause());
        Matcher key = KEY.matcher(message);
        assertTrue(key.find(), message);
        assertTrue(key.group(1).startsWith("3/"), "the key starts with the seed: " + key.group(1));
        assertEquals(4, key.group(1).split("/").length, "the key names the shrunk scenario's shape: " + key.group(1));
        Path reports = Path.of("target", "interleave", RacyCounterSample.class.getName(), "linearizable");
        String report = Files.readString(reports.resolve("report.txt"));
        assertTrue(report.contains("not linearizable"), report);
        assertTrue(report.contains("Replay key: " + key.group(1)), report);
        assertTrue(Files.readString(reports.resolve("report.json")).contains("\"scenario\": {"));

        System.setProperty(Settings.REPLAY_PROPERTY, key.group(1));
        try {
            String replayed = Samples.onlyFailure(Samples.run(RacyCounterSample.class)).getMessage();
            assertTrue(replayed.startsWith("Interleave replayed " + key.group(1) + " and it fails:"), replayed);
            // The same scenario, the same results: the explanation is the one the exploration showed.
            String explanation = message.substring(message.indexOf("not linearizable"), message.indexOf("Scenario shrunk"));
            assertTrue(replayed.contains(explanation), replayed + "\nexpected:\n" + explanation);
        } finally {
            System.clearProperty(Settings.REPLAY_PROPERTY);
        }
    }

    @Test
    void aLostWakeUpFoundWithThreeThreadsOfThreeIsAHangShrunkToTwoThreads() {
        String message = Samples.onlyFailure(Samples.run(LostWakeUpSample.class)).getMessage();
        assertTrue(message.contains("\nhang: "), message);
        assertTrue(message.contains("take() did not complete; sequentially it does"), message);
        assertTrue(message.contains("Scenario shrunk from 3 threads and 12 operations to 2 and "), message);
        assertTrue(message.contains("  thread 1:  ") && !message.contains("  thread 2:  "), message);
        Matcher key = KEY.matcher(message);
        assertTrue(key.find(), message);
        System.setProperty(Settings.REPLAY_PROPERTY, key.group(1));
        try {
            String replayed = Samples.onlyFailure(Samples.run(LostWakeUpSample.class)).getMessage();
            assertTrue(replayed.contains("and it fails:\nhang: "), replayed);
        } finally {
            System.clearProperty(Settings.REPLAY_PROPERTY);
        }
    }

    @Test
    void aCorrectBlockingQueueDeclaredBlockingPassesEveryScenarioToTheEndOfItsSpace() {
        var results = Samples.run(BlockingQueueSample.class);
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        String entry = Samples.reportEntries(results).getFirst();
        assertTrue(entry.contains("10 scenarios explored to the end of their space"), entry);
    }

    @Test
    void aSpecificationWithoutOperationsFailsAsAMistakeNotAsABugFound() {
        String message = Samples.onlyFailure(Samples.run(NoOperationsSample.class)).getMessage();
        assertEquals("@LinearizabilityTest on " + NoOperationsSample.class.getName() + "#linearizable: "
                + NoOperationsSample.class.getName() + " has no @Operation method", message);
    }
}
