package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plain-process recipe of docs/guide/scaling-out.md, run for real: three {@code explore
 * --shard I/3} processes side by side, then {@code merge}. The merge must say what the unsplit
 * exploration says: for random with a fixed seed, the same schedules in all and the same summary;
 * on a bug, the same failure found at the same schedule, with the same exit code.
 */
class ScaleOutIT {

    private static final String PASSES = "dev.interleave.examples.gallery.OverdraftFixed";
    private static final String FAILS = "dev.interleave.examples.asyncio.RacyOnce";

    /** The recipe's loop: N shards in the background, each its own report directory, then wait. */
    private static void shards(Path dir, String options, String main) throws IOException, InterruptedException {
        BinInterleave.Outcome loop = BinInterleave.shell("for i in 0 1 2; do bin/interleave explore --cp "
                + BinInterleave.EXAMPLES + " " + options + " --shard $i/3 --report " + dir + "/shard-$i " + main
                + " > " + dir + "/shard-$i.out 2>&1 & done; wait");
        assertEquals(0, loop.exit(), loop.err().toString());
        for (int i = 0; i < 3; i++) {
            String out = Files.readString(dir.resolve("shard-" + i + ".out"));
            assertTrue(out.contains(", shard " + i + "/3: "), "a shard's summary names it: " + out);
        }
    }

    private static BinInterleave.Outcome merge(Path dir) throws IOException, InterruptedException {
        return BinInterleave.run(Map.of(), "merge", "--report", dir.resolve("merged").toString(),
                dir.resolve("shard-0").toString(), dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString());
    }

    /** The summary line without its time, which differs from run to run. */
    private static String summary(List<String> out, String prefix) {
        String line = out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + prefix + ": " + out));
        return line.substring(prefix.length()).replaceAll(" in \\d+\\.\\d\\d s", " in X s");
    }

    @Test
    void threeShardsMergeIntoTheUnsplitExplorationsSummary() throws Exception {
        Path dir = Files.createTempDirectory("shards");
        String options = "--strategy random --seed 5 --schedules 300";
        shards(dir, options, PASSES);
        BinInterleave.Outcome merged = merge(dir);
        assertEquals(0, merged.exit(), merged.err().toString());
        BinInterleave.Outcome whole = BinInterleave.run(Map.of(), "explore", "--cp", BinInterleave.EXAMPLES, "--strategy",
                "random", "--seed", "5", "--schedules", "300", "--report", dir.resolve("whole").toString(), PASSES);
        assertEquals(0, whole.exit(), whole.err().toString());
        String expected = summary(whole.out(), "strategy ");
        assertTrue(expected.startsWith("random, mode preemptive, seed 5: 300 schedules in X s"), expected);
        assertEquals(expected, summary(merged.out(), "merged 3 shards: strategy "));
        String json = Files.readString(dir.resolve("merged/result.json"));
        assertTrue(json.contains("\"schedulesRun\": 300,") && json.contains("\"mergedShards\": 3,"), json);
    }

    @Test
    void aBugFoundByOneShardIsTheUnsplitExplorationsFirstFailure() throws Exception {
        Path dir = Files.createTempDirectory("shards");
        shards(dir, "--strategy random --seed 11", FAILS);
        BinInterleave.Outcome merged = merge(dir);
        assertEquals(1, merged.exit(), merged.err().toString());
        BinInterleave.Outcome whole = BinInterleave.run(Map.of(), "explore", "--cp", BinInterleave.EXAMPLES, "--strategy",
                "random", "--seed", "11", "--report", dir.resolve("whole").toString(), FAILS);
        assertEquals(1, whole.exit(), whole.err().toString());
        // The unsplit run stops at its first failing execution; the shard that holds that execution
        // finds it there too, and the merge keeps the earliest of the failures with one signature.
        String failure = whole.out().getFirst();
        assertTrue(failure.startsWith("FAILURE: uncaught java.lang.AssertionError"), whole.out().toString());
        assertEquals(List.of(failure), merged.out().stream().filter(l -> l.startsWith("FAILURE: ")).toList(),
                "one failure, deduplicated by signature: " + merged.out());
        String foundAt = whole.out().get(1).replaceFirst("  found at (schedule \\d+),.*", "$1");
        int execution = Integer.parseInt(foundAt.substring("schedule ".length())) - 1;
        assertTrue(merged.out().get(1).startsWith("  found by shard " + execution % 3 + "/3 at " + foundAt + "; its report: "),
                whole.out().get(1) + " / " + merged.out().get(1));
        String report = Files.readString(dir.resolve("merged/report.txt"));
        assertTrue(report.contains("Shards:\n  0/3: "), report);
    }

    @Test
    void theWholeIsExhaustedWhenEveryPartIsAndAMissingShardOrAnUnreadableResultIsOneLineAndExitTwo() throws Exception {
        Path dir = Files.createTempDirectory("shards");
        shards(dir, "--strategy dfs --mode cooperative", "dev.interleave.examples.asyncio.LockedOnce");
        BinInterleave.Outcome all = merge(dir);
        assertEquals(0, all.exit(), all.err().toString());
        assertTrue(summary(all.out(), "merged 3 shards: ").contains("space exhausted for cooperative points: yes, "),
                "every shard exhausted its part: " + all.out());
        BinInterleave.Outcome two = BinInterleave.run(Map.of(), "merge", dir.resolve("shard-0").toString(),
                dir.resolve("shard-2").toString());
        assertEquals(2, two.exit());
        assertEquals(List.of("interleave: shard 1/3 is missing: merge the results of all 3 shards (a missing shard's "
                + "schedules were not run)"), two.err());
        Files.writeString(dir.resolve("shard-1/result.json"), "{\"format\": 1,");
        BinInterleave.Outcome broken = merge(dir);
        assertEquals(2, broken.exit());
        assertEquals(List.of("interleave: " + dir.resolve("shard-1/result.json") + " is not a result of bin/interleave "
                + "explore: not JSON at line 1, column 14: expected a key in double quotes"), broken.err());
    }
}
