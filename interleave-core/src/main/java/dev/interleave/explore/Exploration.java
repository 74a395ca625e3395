package dev.interleave.explore;

import dev.interleave.DataRace;
import java.util.List;
import java.util.Optional;

/**
 * What an exploration did. {@code exhausted} is true only when a DFS ran every schedule within
 * its preemption bound: only then is a pass a proof over that space. A run that tried a few
 * schedules says so, and does not look like a proof. {@code reduced} says whether DFS's
 * partial-order reduction was on; {@code skippedByReduction} counts the branches it skipped, each
 * one or more schedules equivalent to one that ran. {@code races} are the data races the detector
 * saw in any execution, each pair of source lines once: empty means race-free on what was explored.
 * {@code timeLimitReached} says that the time limit ended the exploration, possibly inside an
 * execution, which then does not count among the schedules run. {@code mode} is the mode explored:
 * an exhausted space is a proof for its scheduling points only; {@code sharedBetweenPoints} says that
 * in some execution tasks used shared fields or locks where that mode made no point.
 */
public record Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                          int preemptionBound, long elapsedNanos, Optional<Found> found, boolean reduced,
                          long skippedByReduction, List<DataRace> races, boolean timeLimitReached, String mode,
                          boolean sharedBetweenPoints) {

    public Exploration {
        races = List.copyOf(races);
    }

    /** An exploration in cooperative mode, as before modes were chosen. */
    public Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                       int preemptionBound, long elapsedNanos, Optional<Found> found, boolean reduced,
                       long skippedByReduction, List<DataRace> races, boolean timeLimitReached) {
        this(strategy, seed, schedulesRun, exhausted, prunedByBound, preemptionBound, elapsedNanos, found, reduced,
                skippedByReduction, races, timeLimitReached, "cooperative", false);
    }

    /** An exploration without partial-order reduction. */
    public Exploration(String strategy, long seed, long schedulesRun, boolean exhausted, long prunedByBound,
                       int preemptionBound, long elapsedNanos, Optional<Found> found) {
        this(strategy, seed, schedulesRun, exhausted, prunedByBound, preemptionBound, elapsedNanos, found, false, 0,
                List.of(), false);
    }

    /** Whether the detector saw no data race in any execution explored. */
    public boolean raceFree() {
        return races.isEmpty();
    }

    public boolean passed() {
        return found.isEmpty();
    }
}
