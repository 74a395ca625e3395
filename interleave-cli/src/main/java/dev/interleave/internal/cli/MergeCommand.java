package dev.interleave.internal.cli;

import dev.interleave.ProgramException;
import dev.interleave.explore.ExplorationResult;
import dev.interleave.explore.ShardMerge;
import dev.interleave.internal.report.MergeReport;
import dev.interleave.internal.report.ResultJson;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interleave merge}: the shards of one exploration, run as separate processes, CI jobs or
 * pods, summed up as the whole exploration, with explore's exit codes. It reads only the shards'
 * result.json (not the program), so it runs wherever the results were gathered.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the result.json of every shard of one exploration (explore --shard I/N) into one "
                + "summary and one report: failures once each, the schedules of all, the space exhausted only when "
                + "every shard exhausted its part. Exit codes as explore's.")
final class MergeCommand implements Callable<Integer> {

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write the whole's result.json and report.txt. Default: interleave-reports/MAIN_CLASS.")
    Path report;

    @Parameters(arity = "1..*", paramLabel = "RESULT",
            description = "A shard's result.json, or the report directory that holds it; one for every shard.")
    List<Path> results = new ArrayList<>();

    @Override
    public Integer call() {
        List<ShardMerge.Input> inputs = new ArrayList<>();
        ExplorationResult merged;
        try {
            for (Path given : results) {
                Path file = Files.isDirectory(given) ? given.resolve(ResultJson.FILE) : given;
                inputs.add(new ShardMerge.Input(file.toString(), ResultJson.read(file)));
            }
            merged = ShardMerge.merge(inputs);
        } catch (IllegalArgumentException e) {
            throw new ProgramException(e.getMessage());
        }
        Path dir = report != null ? report : Path.of("interleave-reports", merged.mainClass());
        Path written = dir.resolve(ResultJson.FILE).toAbsolutePath().normalize();
        for (ShardMerge.Input input : inputs) {
            if (Path.of(input.name()).toAbsolutePath().normalize().equals(written)) {
                throw new ProgramException("the merge would write its result over " + input.name()
                        + ": give it another directory with --report DIR");
            }
        }
        try {
            MergeReport.write(dir, merged, inputs);
        } catch (UncheckedIOException e) {
            throw new ProgramException(e.getMessage());
        }
        for (ExplorationResult.Failed failed : merged.failures()) {
            System.out.println("FAILURE: " + failed.summary());
            System.out.println("  found by shard " + failed.shard() + " at schedule " + (failed.execution() + 1)
                    + (failed.report() == null ? "" : "; its report: " + failed.report()));
        }
        DataRaces.print(System.out, merged.races());
        System.out.println(MergeReport.summary(merged));
        if (merged.passed()) {
            return ExitCodes.OK;
        }
        System.out.println("report: " + dir.resolve("report.txt"));
        ExplorationResult.Failed first = merged.failures().getFirst();
        if (first.replay() != null) {
            System.out.println("replay: " + first.replay());
        }
        return ExitCodes.FAILURE;
    }
}
