package dev.interleave.explore;

import java.util.Optional;

/**
 * What an exploration did. {@code exhausted} is true only when a DFS ran every schedule within
 * its preemption bound: only then is a pass a proof over that space. A run that tried a few
 * schedules says so, and does not look like a proof.
 */
public record Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                          int preemptionBound, long elapsedNanos, Optional<Found> found) {

    public boolean passed() {
        return found.isEmpty();
    }
}
