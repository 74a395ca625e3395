package dev.interleave.explore;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.internal.strategy.SearchStatistics;
import java.util.List;
import java.util.Optional;

/**
 * What an exploration did. {@code search} is what the strategy says about the space it searched
 * (see {@link SearchStatistics}): a pass is a proof only when a systematic search exhausted it, and a
 * run that tried a few schedules says so rather than look like a proof. {@code races} are the data
 * races the detector saw in any execution, each pair of source lines once: empty means race-free on
 * what was explored. {@code timeLimitReached} says that the time limit ended the exploration,
 * possibly inside an execution, which then does not count among the schedules run. {@code mode} is
 * the mode explored: an exhausted space is a proof for its scheduling points only;
 * {@code sharedBetweenPoints} says that in some execution tasks used shared fields or locks where
 * that mode made no point. {@code shard} is the part of a split exploration that this one ran
 * ({@link Shard#WHOLE} when it is not split): its pass and its exhausted space are its part's only.
 */
public record Exploration(Strategies strategy, long seed, long schedulesRun, SearchStatistics search,
                          long elapsedNanos, Optional<Found> found, List<DataRace> races, boolean timeLimitReached,
                          Mode mode, boolean sharedBetweenPoints, Shard shard) {

    public Exploration {
        races = List.copyOf(races);
        java.util.Objects.requireNonNull(shard, "shard");
    }

    /** Whether a systematic search ran every schedule of its space, within its bounds, before any budget ended it. */
    public boolean exhausted() {
        return search.exhausted() && !timeLimitReached;
    }

    /** Whether the detector saw no data race in any execution explored. */
    public boolean raceFree() {
        return races.isEmpty();
    }

    public boolean passed() {
        return found.isEmpty();
    }
}
