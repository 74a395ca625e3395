package dev.interleave.linearizability;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.Found;
import dev.interleave.internal.report.ScenarioReport;
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
     * A scenario that failed: its index (from 0, drawn from the seed), the scenario (shrunk, when
     * shrinking made it smaller), its exploration (the failure, its interleaving shrunk and replayed,
     * with its trace), the replay key that runs that scenario under that schedule again
     * ({@link ReplayKey}), the kind of failure, and how the scenario was shrunk (null: it was not tried).
     */
    public record Failing(long scenarioIndex, Scenario scenario, Exploration exploration, ReplayKey replay,
                          FailureKind kind, ScenarioShrink shrink) {

        public Found found() {
            return exploration.found().orElseThrow();
        }

        /** The report's part of this failure: scenario, results against those allowed, shrinking. */
        public ScenarioReport report() {
            return ScenarioReports.of(this);
        }

        /** The failure's message: for a history no order explains, the scenario, results and ticks. */
        public String message() {
            return found().failure() instanceof dev.interleave.Failure.UncaughtException e && e.error().getMessage() != null
                    ? e.error().getMessage() : found().failure().summary();
        }
    }

    /**
     * How a failing scenario was shrunk: the scenario as generated, how many smaller scenarios were
     * explored, in how long, and whether the budget ({@link LinearizabilityOptions#shrinkTime()} or
     * the time limit) stopped it before it had tried them all.
     */
    public record ScenarioShrink(Scenario generated, int candidates, long nanos, boolean budgetReached) {
    }

    public boolean passed() {
        return failure.isEmpty();
    }
}
