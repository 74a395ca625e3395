package dev.interleave.structures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.linearizability.FailureKind;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import dev.interleave.linearizability.NotLinearizableError;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.ReplayKey;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.JsonReport;
import dev.interleave.internal.report.ScenarioReport;
import dev.interleave.internal.report.TextReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failing scenario is reported at its smallest: generated with three threads of three operations,
 * a lost update shrinks to two threads of one or two, the result no order allows is named beside
 * those a sequential order allows, and the key of the shrunk scenario replays the same failure.
 */
class ScenarioShrinkTest {

    /** A counter without synchronization: {@code ++v} reads, then writes, and a switch between loses an update. */
    public static final class RacyCounter {
        int v;

        @Operation
        int incrementAndGet() {
            return ++v;
        }

        @Operation
        int get() {
            return v;
        }
    }

    private static LinearizabilityOptions threeByThree(long seed) {
        return LinearizabilityOptions.defaults(seed).withThreads(3).withOperationsPerThread(3).withScenarios(20);
    }

    @Test
    void aLostUpdateFoundWithThreeThreadsOfThreeShrinksToTwoThreadsOfOneOrTwo() {
        LinearizabilityOptions options = threeByThree(5);
        LinearizabilityResult result = Linearizability.check(RacyCounter.class, options);
        assertFalse(result.passed(), "the lost update was not found in " + result.scenariosRun() + " scenarios");
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        assertEquals(FailureKind.NOT_LINEARIZABLE, failing.kind());
        LinearizabilityResult.ScenarioShrink shrink = failing.shrink();
        assertNotNull(shrink, "shrinking ran");
        assertFalse(shrink.budgetReached(), "shrinking ended before its budget");
        assertEquals(3, shrink.generated().parallel().size());
        assertTrue(shrink.generated().parallel().stream().allMatch(column -> column.size() == 3));
        List<List<dev.interleave.linearizability.Invocation>> columns = failing.scenario().parallel();
        assertEquals(2, columns.size(), failing.scenario().lines().toString());
        assertTrue(columns.stream().allMatch(c -> c.size() >= 1 && c.size() <= 2), failing.scenario().lines().toString());
        assertTrue(failing.scenario().initial().size() + failing.scenario().finale().size() <= 1,
                failing.scenario().lines().toString());
        // The message names the result no order allows, beside those a sequential order allows.
        String message = failing.message();
        assertTrue(message.contains("results against a sequential order"), message);
        assertTrue(message.contains("; a sequential order allows "), message);

        // The key names the shrunk scenario: parsed back, it replays the same failure.
        ReplayKey key = ReplayKey.parse(failing.replay().toString());
        assertEquals(failing.replay(), key);
        assertNotNull(key.shape());
        assertEquals(failing.scenario(), Linearizability.scenario(RacyCounter.class, options, key));
        RunResult replay = Linearizability.replay(RacyCounter.class, options, key);
        Failure.UncaughtException again = assertInstanceOf(Failure.UncaughtException.class, replay.verdict());
        assertInstanceOf(NotLinearizableError.class, again.error());
        assertEquals(message, again.error().getMessage());

        // The same search gives the same shrunk scenario and key: candidates are explored with the same seed.
        LinearizabilityResult twice = Linearizability.check(RacyCounter.class, options);
        assertEquals(failing.replay(), twice.failure().orElseThrow().replay());
    }

    @Test
    void theReportShowsTheScenarioItsShrinkingAndTheResultsAgainstThoseAllowed() {
        LinearizabilityResult.Failing failing = Linearizability.check(RacyCounter.class, threeByThree(5))
                .failure().orElseThrow();
        ScenarioReport scenario = failing.report();
        assertEquals("not linearizable", scenario.kind());
        assertTrue(scenario.operations().stream().anyMatch(ScenarioReport.Operation::wrong), scenario.toString());
        FailureReport report = FailureReport.of(failing.exploration(), "replay").withScenario(scenario);
        String text = TextReport.of(report);
        assertTrue(text.contains("Scenario (not linearizable), shrunk from 3 threads and 12 operations to 2 and "), text);
        assertTrue(text.contains("As generated:\n  initial (main): "), text);
        assertTrue(text.contains("Replay key: " + failing.replay()), text);
        String json = JsonReport.of(report);
        assertTrue(json.contains("\"scenario\": {\n    \"kind\": \"not linearizable\","), json);
        assertTrue(json.contains("\"allowed\": ["), json);
        assertTrue(json.contains("\"budgetReached\": false"), json);
        assertTrue(json.contains("\"key\": \"" + failing.replay() + "\""), json);
    }

    @Test
    void aShrinkBudgetThatEndsAtOnceSaysSo() {
        LinearizabilityOptions options = threeByThree(5).withShrinkTime(java.time.Duration.ofNanos(1));
        LinearizabilityResult.Failing failing = Linearizability.check(RacyCounter.class, options).failure().orElseThrow();
        assertTrue(failing.shrink().budgetReached());
        assertEquals(3, failing.scenario().parallel().size(), "reported as generated");
        assertTrue(failing.report().shrink().text().endsWith("stopped by the scenario shrink budget"),
                failing.report().shrink().text());
        // Not shrunk, its key is the generated scenario's, without a shape.
        assertEquals(null, failing.replay().shape());
    }
}
