package dev.interleave.explore;

import java.util.Optional;

/**
 * What an exploration did. {@code exhausted} is true only when a DFS ran every schedule within
 * its preemption bound: only then is a pass a proof over that space. A run that tried a few
 * schedules says so, and does not look like a proof. {@code reduced} says whether DFS's
 * partial-order reduction was on; {@code skippedByReduction} counts the branches it skipped, each
 * one or more schedules equivalent to one that ran.
 */
public record Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                          int preemptionBound, long elapsedNanos, Optional<Found> found, boolean reduced,
                          long skippedByReduction) {

    /** An exploration without partial-order reduction. */
    public Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                       int preemptionBound, long elapsedNanos, Optional<Found> found) {
        this(strategy, seed, schedulesRun, exhausted, prunedByBound, preemptionBound, elapsedNanos, found, false, 0);
    }

    public boolean passed() {
        return found.isEmpty();
    }
}
