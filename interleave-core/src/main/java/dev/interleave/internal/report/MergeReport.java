package dev.interleave.internal.report;

import dev.interleave.DataRace;
import dev.interleave.explore.ExplorationResult;
import dev.interleave.explore.ExplorationSummary;
import dev.interleave.explore.ShardMerge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of a merge of shards' results ({@code bin/interleave merge}): {@code result.json} of
 * the whole, and {@code report.txt} with the summary, each distinct failure with the shard that
 * found it, its schedule, its shard's report and the command that replays it, the races, and what
 * each shard ran. A failure's trace stays in its shard's report: the merge does not run the program.
 */
public final class MergeReport {

    /** What an earlier run left in the directory that would contradict this report. */
    private static final List<String> STALE = List.of("report.json", "report.html", "schedule.txt");

    private MergeReport() {
    }

    /** The line that sums up the merge: {@code merged 3 shards: strategy ...}, as explore's for the whole. */
    public static String summary(ExplorationResult merged) {
        return "merged " + merged.mergedShards() + " shard" + (merged.mergedShards() == 1 ? "" : "s") + ": "
                + ExplorationSummary.of(merged.summarized());
    }

    /** Writes result.json and report.txt of {@code merged}, the merge of {@code shards}, to {@code dir}. */
    public static void write(Path dir, ExplorationResult merged, List<ShardMerge.Input> shards) {
        ReportWriter.prepare(dir);
        for (String name : STALE) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + dir.resolve(name) + ": " + e.getMessage(), e);
            }
        }
        ResultJson.write(dir, merged);
        ReportWriter.write(dir.resolve("report.txt"), text(merged, shards));
    }

    static String text(ExplorationResult merged, List<ShardMerge.Input> shards) {
        StringBuilder text = new StringBuilder();
        text.append(merged.passed() ? "PASS" : "FAILURE").append(": ").append(merged.mainClass());
        merged.args().forEach(arg -> text.append(' ').append(arg));
        text.append('\n').append(summary(merged)).append('\n');
        for (ExplorationResult.Failed failed : merged.failures()) {
            text.append("\nFAILURE: ").append(failed.summary()).append('\n')
                    .append("  found by shard ").append(failed.shard()).append(" at schedule ")
                    .append(failed.execution() + 1).append(" (").append(failed.signature()).append(")\n")
                    .append("  schedule: ").append(failed.token()).append('\n');
            if (failed.report() != null) {
                text.append("  report: ").append(failed.report()).append('\n');
            }
            if (failed.replay() != null) {
                text.append("  replay: ").append(failed.replay()).append('\n');
            }
        }
        if (!merged.races().isEmpty()) {
            text.append('\n');
            for (DataRace race : merged.races()) {
                text.append("DATA RACE: ").append(race).append('\n');
            }
        }
        text.append("\nShards:\n");
        for (ShardMerge.Input input : shards.stream()
                .sorted(java.util.Comparator.comparingInt(i -> i.result().shard().index())).toList()) {
            ExplorationResult r = input.result();
            text.append("  ").append(r.shard()).append(": ").append(r.schedulesRun()).append(" schedules, ")
                    .append(r.passed() ? "no failure" : r.failures().getFirst().signature())
                    .append(r.systematic() ? (r.exhausted() ? ", its part exhausted" : ", its part not exhausted") : "")
                    .append(r.timeLimitReached() ? ", ended by the time limit" : "")
                    .append(" (").append(input.name()).append(")\n");
        }
        return text.toString();
    }
}
