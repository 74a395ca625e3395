package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.internal.strategy.DfsStatistics;
import dev.interleave.internal.strategy.SearchStatistics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one summary line that the command line and a passing test print: what the strategy's own
 * statistics say, the mode's proof and what it leaves out, and the races, with no strategy named in
 * the code that writes it.
 */
class ExplorationSummaryTest {

    private static final long NANOS = 380_000_000L;

    private static Exploration exploration(Strategies strategy, SearchStatistics search, Mode mode, long schedules,
                                           List<DataRace> races, boolean timeLimitReached, boolean shared) {
        return new Exploration(strategy, 5, schedules, search, NANOS, Optional.empty(), races, timeLimitReached, mode,
                shared, Shard.WHOLE);
    }

    @Test
    void aSampleSaysItIsOneAndNamesItsSeed() {
        assertEquals("strategy portfolio, mode preemptive, seed 5: 100 schedules in 0.38 s, space exhausted: no "
                + "(a sample, not a proof); data races: none seen",
                ExplorationSummary.of(exploration(Strategies.PORTFOLIO, SearchStatistics.SAMPLE, Mode.PREEMPTIVE, 100,
                        List.of(), false, false)));
    }

    @Test
    void aShardSaysWhichPartItRanAndTheWholeSaysNothing() {
        Exploration part = new Exploration(Strategies.RANDOM, 5, 34, SearchStatistics.SAMPLE, NANOS, Optional.empty(),
                List.of(), false, Mode.PREEMPTIVE, false, new Shard(1, 3));
        assertEquals("strategy random, mode preemptive, seed 5, shard 1/3: 34 schedules in 0.38 s, space exhausted: no "
                + "(a sample, not a proof); data races: none seen", ExplorationSummary.of(part));
        DfsStatistics dfs = new DfsStatistics(true, Integer.MAX_VALUE, 0, false, 0, 0);
        Exploration dfsPart = new Exploration(Strategies.DFS, 5, 12, dfs, NANOS, Optional.empty(), List.of(), false,
                Mode.SYNC, false, new Shard(2, 3));
        assertEquals("strategy dfs, mode sync, shard 2/3", ExplorationSummary.settings(dfsPart));
        assertEquals("space exhausted for sync points: yes in this shard's part (merge every shard's result for the "
                + "whole); a program with data races may still fail in preemptive mode; JDK classes trusted (the "
                + "instrument option looks inside one)", ExplorationSummary.space(dfsPart));
    }

    @Test
    void anExhaustedSearchIsAProofForItsModesPointsAndSaysWhatItLeavesOut() {
        DfsStatistics dfs = new DfsStatistics(true, Integer.MAX_VALUE, 0, true, 21, 0);
        assertEquals("strategy dfs, mode cooperative: 1 schedule in 0.38 s, space exhausted for cooperative points: "
                + "yes, 21 branches skipped by the reduction; its tasks used shared fields or locks between those points: "
                + "it proves nothing about switches there (mode sync or preemptive tries them); data races: none seen",
                ExplorationSummary.of(exploration(Strategies.DFS, dfs, Mode.COOPERATIVE, 1, List.of(), false, true)));
        assertEquals("space exhausted for preemptive points: yes, 21 branches skipped by the reduction; under "
                + "sequential consistency; JDK classes trusted (the instrument option looks inside one)",
                ExplorationSummary.space(exploration(Strategies.DFS, dfs, Mode.PREEMPTIVE, 1, List.of(), false, false)));
    }

    @Test
    void aBoundedSearchNamesItsBoundAndATimeLimitMakesItNoProof() {
        DfsStatistics bounded = new DfsStatistics(true, 1, 7, false, 0, 0);
        assertEquals("space exhausted for sync points: yes (delay bound 1); a program with data races may still "
                + "fail in preemptive mode; JDK classes trusted (the instrument option looks inside one)",
                ExplorationSummary.space(exploration(Strategies.DFS, bounded, Mode.SYNC, 10, List.of(), false, false)));
        Exploration stopped = exploration(Strategies.DFS, bounded, Mode.SYNC, 10, List.of(), true, false);
        assertEquals("space exhausted for sync points: no (delay bound 1)", ExplorationSummary.space(stopped));
        assertEquals(false, stopped.exhausted());
    }

    @Test
    void racesAreCountedAndTheirFieldsNamedOnce() {
        List<DataRace> races = List.of(race("A", "x", DataRace.AccessKind.READ), race("A", "x", DataRace.AccessKind.WRITE),
                race("B", "y", DataRace.AccessKind.READ), race("C", "z", DataRace.AccessKind.READ),
                race("D", "w", DataRace.AccessKind.READ));
        assertEquals("data races: 5 (on A.x, B.y, C.z and 1 more)", ExplorationSummary.races(races));
    }

    /** A write by t1 to {@code className.field} racing with {@code second} by t2. */
    private static DataRace race(String className, String field, DataRace.AccessKind second) {
        StackTraceElement at = new StackTraceElement(className, "run", className + ".java", 1);
        return new DataRace(new DataRace.Field(className, field), new DataRace.Access(DataRace.AccessKind.WRITE, "t1", at, List.of()),
                new DataRace.Access(second, "t2", at, List.of()));
    }
}
