package dev.interleave.internal.cli;

import dev.interleave.DataRace;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.ProgramException;
import dev.interleave.Strategies;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExplorationResult;
import dev.interleave.explore.Shard;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ExplorationSummary;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.RaceReport;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.internal.report.ResultJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Runs MAIN_CLASS under many schedules, looking for a failure; a failure is shrunk, "
                + "reported and saved with the command that replays it.")
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    ProgramOptions program;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "One of ${COMPLETION-CANDIDATES}. Default: portfolio.", completionCandidates = StrategyNames.class)
    String strategy;

    @Option(names = "--schedules", paramLabel = "N", defaultValue = "1000",
            description = "Most executions to try. Default: ${DEFAULT-VALUE}.")
    long schedules;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed for the random strategies (default: a random one; always printed).")
    Long seed;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write result.json, schedule.txt, report.txt, report.json and report.html. Default: "
                    + "interleave-reports/MAIN_CLASS (a shard: interleave-reports/MAIN_CLASS/shard-I-of-N).")
    Path report;

    @Option(names = "--pct-depth", paramLabel = "D", description = "PCT's depth. Default: 3.")
    Integer pctDepth;

    @Option(names = "--delay-bound", paramLabel = "B",
            description = "DFS: most delays per schedule, a delay being a choice other than the oldest runnable task "
                    + "(FIFO's), as in delay bounding (default: none).")
    Integer delayBound;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run shard I of N (0 <= I < N) of this exploration: split the schedules across processes or CI jobs.")
    String shard;

    @Option(names = "--no-shrink", description = "Report the failing schedule as found, unshrunk.")
    boolean noShrink;

    @Option(names = "--no-reduction",
            description = "DFS: run every schedule, also those the partial-order reduction takes for reorderings of one already run.")
    boolean noReduction;

    @Option(names = "--shrink-time", paramLabel = "DURATION", defaultValue = "10s",
            description = "Most time spent shrinking a failure, e.g. 10s, 1m; shrinking stops there with the best schedule so far. Default: 10s.")
    String shrinkTime;

    @Option(names = "--check-determinism",
            description = "Run every schedule twice and stop (exit 3) at the first difference: finds what Interleave does not control.")
    boolean checkDeterminism;

    @Override
    public Integer call() {
        long usedSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1L << 48);
        ExploreOptions options = options(usedSeed);
        Program loaded = program.program();
        Path dir = report != null ? report : defaultReportDir(options.shard());
        try {
            ReportWriter.prepare(dir);
            ResultJson.removeStale(dir);
        } catch (UncheckedIOException e) {
            throw new ProgramException(e.getMessage());
        }
        Progress progress = new Progress(System.err, Progress.onTerminal(), (schedule, result) -> {
            ReportWriter.writeSchedule(dir, schedule, program.replay(schedule.token(), dir));
        });
        Exploration exploration = Interleave.exploreMain(loaded, program.argArray(), options, progress);
        progress.done();
        if (exploration.schedulesRun() > 1) {
            loaded.notResettable().ifPresent(why -> System.err.println("interleave: class " + why
                    + " cannot be reset between executions, so each execution loaded the program afresh (slower)"));
        }
        String replay = exploration.found().map(found -> program.replay(found.shrunk().token(), dir)).orElse(null);
        if (exploration.found().isPresent()) {
            Found found = exploration.found().get();
            ReportWriter.writeSchedule(dir, found.shrunk(), replay);
            ReportWriter.writeReports(dir, FailureReport.of(exploration, replay));
            System.out.println("FAILURE: " + found.failure().summary());
            System.out.println("  found at schedule " + (found.execution() + 1) + shrinking(found)
                    + " (" + found.shrunk().size() + " decisions)");
            if (found.notReplayed() != null) {
                System.out.println("  not replayed: " + found.notReplayed());
            }
        }
        DataRaces.print(System.out, exploration.races());
        if (exploration.found().isEmpty() && !exploration.races().isEmpty() && report != null) {
            List<DataRace> races = Interleave.raceStacks(loaded, program.argArray(), options, exploration.races());
            RaceReport.write(dir, exploration, program.mainClass, races, schedule -> program.replayOf(schedule.token(), null));
            System.out.println("report: " + dir.resolve("report.txt") + " (each data race with both stacks)");
            System.out.println("html: " + dir.resolve("report.html"));
        }
        System.out.println(ExplorationSummary.of(exploration));
        ResultJson.write(dir, ExplorationResult.of(program.mainClass, program.args, options, exploration, replay,
                exploration.found().isPresent() ? dir.resolve("report.txt").toString() : null));
        if (exploration.found().isPresent()) {
            System.out.println("report: " + dir.resolve("report.txt"));
            System.out.println("html: " + dir.resolve("report.html"));
            System.out.println("replay: " + replay);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    /**
     * {@code interleave-reports/MAIN_CLASS}, and for a shard a directory of its own inside it, so that
     * shards run side by side on one machine keep their reports apart (and {@code merge} writes the
     * whole's beside them).
     */
    private Path defaultReportDir(Shard part) {
        Path whole = Path.of("interleave-reports", program.mainClass);
        return part.whole() ? whole : whole.resolve("shard-" + part.index() + "-of-" + part.count());
    }

    private String shrinking(Found found) {
        if (found.failure() instanceof dev.interleave.Failure.LimitExceeded) {
            return ", not shrunk (a limit is reported as it was reached): " + delays(found.delays());
        }
        if (noShrink) {
            return ", not shrunk: " + delays(found.delays());
        }
        // As report.txt says it: a budget that ended before the first candidate ran shrank nothing.
        if (found.shrinkRuns() == 0 && found.shrinkBudgetReached()) {
            return ", not shrunk (the shrink budget, --shrink-time, ended first): " + delays(found.delays());
        }
        return ", shrunk from " + found.delays() + " to " + delays(found.shrunkDelays())
                + (found.shrinkBudgetReached() ? " (stopped by the shrink budget, --shrink-time)" : "");
    }

    private static String delays(int count) {
        return count + (count == 1 ? " delay" : " delays");
    }

    private ExploreOptions options(long usedSeed) {
        Duration limit = program.timeLimitOrNull();
        Mode mode = program.modeOr(ExploreOptions.DEFAULT_MODE);
        try {
            Strategies chosen = strategy == null ? ExploreOptions.DEFAULT_STRATEGY : Strategies.parse(strategy);
            if (seed != null) {
                chosen.requireReads(Strategies.Setting.SEED, "--seed");
            }
            if (pctDepth != null) {
                chosen.requireReads(Strategies.Setting.PCT_DEPTH, "--pct-depth");
            }
            if (delayBound != null) {
                chosen.requireReads(Strategies.Setting.DELAY_BOUND, "--delay-bound");
            }
            if (noReduction) {
                chosen.requireReads(Strategies.Setting.REDUCTION, "--no-reduction");
            }
            return new ExploreOptions(chosen, schedules, usedSeed, limit,
                    pctDepth == null ? ExploreOptions.DEFAULT_PCT_DEPTH : pctDepth,
                    delayBound == null ? Integer.MAX_VALUE : delayBound, 0, 1, mode,
                    !noShrink, checkDeterminism, !noReduction, program.maxStepsOrDefault(), program.instrument,
                    Durations.parse(shrinkTime), program.focus)
                    .withShard(shard == null ? "0/1" : shard);
        } catch (IllegalArgumentException e) {
            throw new ProgramException(e.getMessage().replace("bad shard", "bad --shard"));
        }
    }
}
