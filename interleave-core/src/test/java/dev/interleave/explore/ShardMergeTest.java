package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge of shards' results is the whole exploration's: schedules add up, a failure several
 * shards found is one, the space is exhausted only when every part was, and anything that is not
 * every shard of one exploration, once each, is refused in one line naming the files.
 */
class ShardMergeTest {

    private static final ExplorationResult.Options RANDOM = new ExplorationResult.Options(Strategies.RANDOM,
            Mode.PREEMPTIVE, 5L, 300, null, null, null, 1_000_000, List.of(), false);
    private static final ExplorationResult.Options DFS = new ExplorationResult.Options(Strategies.DFS, Mode.SYNC,
            null, 1000, null, null, true, 1_000_000, List.of(), false);

    private static ExplorationResult shard(ExplorationResult.Options options, int index, int count, long schedules,
                                           boolean exhausted, List<ExplorationResult.Failed> failures,
                                           List<DataRace> races) {
        Map<String, Object> figures = options.strategy() == Strategies.DFS
                ? Map.of("reduction", true, "skippedByReduction", 10L * (index + 1)) : Map.of();
        return new ExplorationResult("demo.Main", List.of("arg"), options, new Shard(index, count), 0, schedules,
                options.strategy() == Strategies.DFS, exhausted, figures, 100L * (index + 1), false, false,
                failures, races);
    }

    private static ExplorationResult.Failed failed(String signature, int shard, long execution) {
        return new ExplorationResult.Failed("uncaught " + signature + ": at " + execution, "uncaught " + signature,
                new Shard(shard, 3), execution, "il1.token" + execution, "bin/interleave replay ...", "report.txt");
    }

    private static List<ShardMerge.Input> inputs(ExplorationResult... results) {
        List<ShardMerge.Input> inputs = new ArrayList<>();
        for (ExplorationResult r : results) {
            inputs.add(new ShardMerge.Input("r" + r.shard().index() + ".json", r));
        }
        return inputs;
    }

    /** Main.x written at line 3 and read at line 4, by the two tasks named. */
    private static DataRace race(String writer, String reader) {
        return new DataRace(new DataRace.Field("Main", "x"),
                new DataRace.Access(DataRace.AccessKind.WRITE, writer, new StackTraceElement("Main", "run", "Main.java", 3), List.of()),
                new DataRace.Access(DataRace.AccessKind.READ, reader, new StackTraceElement("Main", "run", "Main.java", 4), List.of()));
    }

    @Test
    void schedulesAddUpAndAFailureManyShardsFoundIsOneTheEarliest() {
        DataRace race = race("Thread-0", "Thread-1");
        DataRace sameRace = race("Thread-1", "Thread-0");
        ExplorationResult merged = ShardMerge.merge(inputs(
                shard(RANDOM, 2, 3, 3, false, List.of(failed("java.lang.AssertionError", 2, 8)), List.of(sameRace)),
                shard(RANDOM, 0, 3, 100, false, List.of(), List.of(race)),
                shard(RANDOM, 1, 3, 2, false, List.of(failed("java.lang.AssertionError", 1, 4)), List.of())));
        assertEquals(105, merged.schedulesRun());
        assertEquals(null, merged.shard());
        assertEquals(3, merged.mergedShards());
        assertEquals(1, merged.failures().size(), merged.failures().toString());
        assertEquals(4, merged.failures().getFirst().execution(), "the earliest execution's, as an unsplit run finds it");
        assertEquals(1, merged.races().size(), "one race, seen by two shards under other task names");
        assertEquals(300, merged.elapsedMillis(), "the longest shard's time");
        assertFalse(merged.exhausted());
        assertEquals("strategy random, mode preemptive, seed 5: 105 schedules in 0.30 s, space exhausted: no (a sample, "
                + "not a proof); data races: 1 (on Main.x)", ExplorationSummary.of(merged.summarized()));
    }

    @Test
    void differentFailuresAreEachKept() {
        ExplorationResult merged = ShardMerge.merge(inputs(
                shard(RANDOM, 0, 2, 7, false, List.of(failed("java.lang.IllegalStateException", 0, 6)), List.of()),
                shard(RANDOM, 1, 2, 3, false, List.of(failed("java.lang.AssertionError", 1, 5)), List.of())));
        assertEquals(List.of("uncaught java.lang.AssertionError", "uncaught java.lang.IllegalStateException"),
                merged.failures().stream().map(ExplorationResult.Failed::signature).toList());
    }

    @Test
    void theSpaceIsExhaustedOnlyWhenEveryShardExhaustedItsPart() {
        ExplorationResult all = ShardMerge.merge(inputs(shard(DFS, 0, 2, 28, true, List.of(), List.of()),
                shard(DFS, 1, 2, 24, true, List.of(), List.of())));
        assertTrue(all.exhausted());
        assertEquals(52, all.schedulesRun());
        assertEquals(30L, all.figures().get("skippedByReduction"), "counts add up");
        assertEquals(true, all.figures().get("reduction"), "an option is every shard's");
        assertTrue(ExplorationSummary.of(all.summarized()).contains("52 schedules in 0.20 s, space exhausted for sync "
                + "points: yes, 30 branches skipped by the reduction; "), ExplorationSummary.of(all.summarized()));
        ExplorationResult part = ShardMerge.merge(inputs(shard(DFS, 0, 2, 28, true, List.of(), List.of()),
                shard(DFS, 1, 2, 24, false, List.of(), List.of())));
        assertFalse(part.exhausted());
    }

    @Test
    void resultsThatAreNotEveryShardOfOneExplorationOnceEachAreRefused() {
        ExplorationResult zero = shard(RANDOM, 0, 3, 1, false, List.of(), List.of());
        ExplorationResult one = shard(RANDOM, 1, 3, 1, false, List.of(), List.of());
        ExplorationResult two = shard(RANDOM, 2, 3, 1, false, List.of(), List.of());
        assertEquals("shard 2/3 is missing: merge the results of all 3 shards (a missing shard's schedules were not run)",
                refusal(inputs(zero, one)));
        assertEquals("shards 1/3, 2/3 are missing: merge the results of all 3 shards (a missing shard's schedules were "
                + "not run)", refusal(inputs(zero)));
        List<ShardMerge.Input> twice = inputs(zero, one, two);
        twice.add(new ShardMerge.Input("copy.json", one));
        assertEquals("r1.json and copy.json are both shard 1/3: give each shard's result once", refusal(twice));
        ExplorationResult seven = new ExplorationResult("demo.Main", List.of("arg"), new ExplorationResult.Options(
                Strategies.RANDOM, Mode.PREEMPTIVE, 7L, 300, null, null, null, 1_000_000, List.of(), false),
                new Shard(1, 3), 0, 1, false, false, Map.of(), 1, false, false, List.of(), List.of());
        assertEquals("r1.json was explored with seed 7, r0.json with seed 5: every shard must run the same exploration "
                + "(give them all the same --seed)", refusal(inputs(zero, seven, two)));
        ExplorationResult other = new ExplorationResult("demo.Other", List.of(), RANDOM, new Shard(1, 3), 0, 1, false,
                false, Map.of(), 1, false, false, List.of(), List.of());
        assertEquals("r1.json is a result of demo.Other, r0.json of demo.Main arg: merge the shards of one exploration",
                refusal(inputs(zero, other, two)));
        assertEquals("r1.json is shard 1/2, r0.json shard 0/3: the shards of one exploration split it the same number "
                + "of ways", refusal(inputs(zero, shard(RANDOM, 1, 2, 1, false, List.of(), List.of()))));
        ExplorationResult merged = ShardMerge.merge(inputs(zero, one, two));
        assertEquals("all.json is a merge of 3 shards, not a shard's result: merge the shards' own results",
                refusal(List.of(new ShardMerge.Input("all.json", merged))));
        assertEquals("no result to merge", refusal(List.of()));
    }

    private static String refusal(List<ShardMerge.Input> inputs) {
        return assertThrows(ShardMerge.Refused.class, () -> ShardMerge.merge(inputs)).getMessage();
    }
}
