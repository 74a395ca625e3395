package dev.interleave.examples.linearizability;

import dev.interleave.Strategies;
import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.ExploreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import org.junit.jupiter.api.Test;

/**
 * The linearizability gallery's verdicts: the get-then-set stack is caught in sync mode and in the
 * default (preemptive) mode, with results no order of pushes and pops explains; Treiber's stack
 * passes such scenarios, each explored by DFS to the end of its space.
 */
class StackGalleryTest {

    private static LinearizabilityOptions options(String mode, String strategy, long scenarios) {
        return LinearizabilityOptions.defaults(7).withScenarios(scenarios).withExplore(ExploreOptions.defaults(7)
                .withMode(Mode.parse(mode)).withStrategy(Strategies.parse(strategy)).withSchedules(strategy.equals("dfs") ? 1_000_000 : 200));
    }

    @Test
    void theGetThenSetStackIsNotLinearizable() {
        for (String mode : new String[] {"sync", "preemptive"}) {
            LinearizabilityResult result = Linearizability.check(StackBug.class, options(mode, "portfolio", 50));
            assertFalse(result.passed(), mode + ": not found in " + result.scenariosRun() + " scenarios");
            String message = result.failure().orElseThrow().message();
            assertTrue(message.startsWith("not linearizable"), message);
            assertTrue(message.contains("push(") || message.contains("pop()"), message);
        }
    }

    @Test
    void cooperativeModeHasNoSwitchBetweenTheGetAndTheSet() {
        LinearizabilityResult result = Linearizability.check(StackBug.class, options("cooperative", "dfs", 30));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(30, result.scenariosExhausted());
    }

    @Test
    void treibersStackPassesEveryScenarioToTheEndOfItsSpace() {
        // Sync mode's points are all this stack has: its nodes' fields are final and its head is an
        // atomic, so preemptive mode would add none (and explore the same space again).
        LinearizabilityResult result = Linearizability.check(StackFixed.class, options("sync", "dfs", 6));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(6, result.scenariosExhausted());
        assertTrue(result.schedulesRun() > 6, result.schedulesRun() + " schedules");
        System.out.println("StackFixed, sync, dfs: " + result.scenariosRun() + " scenarios, " + result.schedulesRun()
                + " schedules, " + result.elapsedNanos() / 1_000_000 + " ms");
    }

    @Test
    void theGuidesWorkedExampleIsWhatARunPrints() throws IOException {
        // docs/guide/linearizability.md pastes this run's message and key: it must stay true.
        String page = Files.readString(Path.of("../docs/guide/linearizability.md"));
        int start = page.indexOf("not linearizable: ");
        String pasted = page.substring(start, page.indexOf("```", start)).strip();
        LinearizabilityResult result = Linearizability.check(StackBug.class, LinearizabilityOptions.defaults(42));
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        assertEquals(pasted, failing.message() + "\nreplay: " + failing.replay());
        assertEquals(102, result.schedulesRun());
        // The page shows the scenario as generated, and how it was shrunk (all but the time it took).
        for (String line : failing.shrink().generated().lines()) {
            assertTrue(page.contains("\n" + line + "\n"), line);
        }
        String shrunk = failing.report().shrink().text();
        assertTrue(page.contains(shrunk.substring(0, shrunk.lastIndexOf(", "))), shrunk);
        assertTrue(Linearizability.check(StackFixed.class, LinearizabilityOptions.defaults(42)).passed());
    }
}
