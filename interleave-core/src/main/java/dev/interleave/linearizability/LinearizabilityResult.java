package dev.interleave.linearizability;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.Found;
import java.util.Optional;

/**
 * What a linearizability test did: how many scenarios it explored (to the end of each one's
 * exploration), in how many of them DFS exhausted the space of schedules (for those, a proof over
 * the mode's scheduling points), how many schedules they ran in all, whether the time limit ended it
 * early, and the first failing scenario, if any.
 */
public record LinearizabilityResult(long scenariosRun, long scenariosExhausted, long schedulesRun, long elapsedNanos,
                                    boolean timeLimitReached, Optional<Failing> failure) {

    /**
     * A scenario that failed: its index (from 0, drawn from the seed), the scenario, its exploration
     * (the failure, shrunk and replayed, with its trace), and the replay key that runs that scenario
     * under that schedule again ({@link ReplayKey}).
     */
    public record Failing(long scenarioIndex, Scenario scenario, Exploration exploration, ReplayKey replay) {

        public Found found() {
            return exploration.found().orElseThrow();
        }

        /** The failure's message: for a history no order explains, the scenario, results and ticks. */
        public String message() {
            return found().failure() instanceof dev.interleave.Failure.UncaughtException e && e.error().getMessage() != null
                    ? e.error().getMessage() : found().failure().toString();
        }
    }

    public boolean passed() {
        return failure.isEmpty();
    }
}
