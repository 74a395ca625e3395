package dev.interleave.explore;

import dev.interleave.DataRace;
import dev.interleave.internal.strategy.SearchStatistics;
import java.util.List;
import java.util.Locale;

/**
 * An exploration's summary in one line, the same for the command line and a passing test: the
 * strategy, the mode, the seed when it steers the strategy, how many schedules ran, what the search
 * proves, and the data races seen. A sample is not a proof, and an exhausted space is a proof for
 * its mode's scheduling points only: a cooperative search tried no switch where tasks used shared
 * fields or locks without blocking; a sync search none between the plain accesses of a data race.
 */
public final class ExplorationSummary {

    /** Race locations named in the line; more are counted. */
    private static final int LOCATIONS_SHOWN = 3;

    private ExplorationSummary() {
    }

    /**
     * {@code strategy portfolio, mode preemptive, seed 5: 100 schedules in 0.38 s, space exhausted: no
     * (a sample, not a proof); data races: none seen}.
     */
    public static String of(Exploration e) {
        return String.format(Locale.ROOT, "%s: %d schedule%s in %.2f s%s, %s; %s", settings(e), e.schedulesRun(),
                e.schedulesRun() == 1 ? "" : "s", e.elapsedNanos() / 1e9,
                e.timeLimitReached() ? " (the time limit ended it)" : "", space(e), races(e.races()));
    }

    /**
     * {@code strategy portfolio, mode cooperative, seed 5}: what reruns the exploration (no seed when
     * none steers it), and {@code , shard 1/3} when it ran one part of a split exploration.
     */
    public static String settings(Exploration e) {
        return "strategy " + e.strategy() + ", mode " + e.mode() + (e.strategy().seeded() ? ", seed " + e.seed() : "")
                + (e.shard().whole() ? "" : ", shard " + e.shard());
    }

    /**
     * {@code space exhausted: no (a sample, not a proof)} for a sampling strategy; for a systematic
     * one, whether it exhausted the space of which mode's points, what bounded or shortened it, and
     * what the proof leaves out.
     */
    public static String space(Exploration e) {
        SearchStatistics search = e.search();
        if (!search.systematic()) {
            return "space exhausted: no (a sample, not a proof)";
        }
        // A shard's part is not the space: only the merge of every shard's result says "yes" of the whole.
        String text = "space exhausted for " + e.mode().label() + " points: " + (e.exhausted() ? "yes" : "no")
                + (e.exhausted() && !e.shard().whole() ? " in this shard's part (merge every shard's result for the whole)" : "")
                + search.details();
        return e.exhausted() ? text + "; " + leftOut(e) : text;
    }

    /** {@code data races: none seen}, or how many and on which fields. */
    public static String races(List<DataRace> races) {
        if (races.isEmpty()) {
            return "data races: none seen";
        }
        List<String> locations = races.stream().map(DataRace::location).distinct().toList();
        String named = String.join(", ", locations.subList(0, Math.min(LOCATIONS_SHOWN, locations.size())))
                + (locations.size() > LOCATIONS_SHOWN ? " and " + (locations.size() - LOCATIONS_SHOWN) + " more" : "");
        return "data races: " + races.size() + " (on " + named + ")";
    }

    private static String leftOut(Exploration e) {
        return switch (e.mode()) {
            case COOPERATIVE -> e.sharedBetweenPoints()
                    ? "its tasks used shared fields or locks between those points: it proves nothing about switches "
                            + "there (mode sync or preemptive tries them)"
                    : "a program with plain threads may still fail in sync or preemptive mode";
            case SYNC -> (e.races().isEmpty()
                    ? "a program with data races may still fail in preemptive mode"
                    : "its tasks raced on plain fields: it proves nothing about switches between those accesses "
                            + "(mode preemptive tries them)") + "; " + TRUSTED;
            case PREEMPTIVE -> "under sequential consistency; " + TRUSTED;
        };
    }

    /** What sync and preemptive modes do not look inside: the JDK's classes (see the guide's "What is and isn't controlled"). */
    private static final String TRUSTED = "JDK classes trusted (the instrument option looks inside one)";
}
