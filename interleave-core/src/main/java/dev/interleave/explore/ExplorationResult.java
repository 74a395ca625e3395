package dev.interleave.explore;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.internal.strategy.DfsStatistics;
import dev.interleave.internal.strategy.SearchStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one exploration (or one shard of a split one) found, for tools and for
 * {@code bin/interleave merge}: the content of {@code result.json} (docs/report-format.md). It keeps
 * what a merge needs and nothing that needs the program: the failure's signature, token and replay
 * command rather than its trace, the races' locations rather than their stacks.
 *
 * @param mainClass    the program's main class
 * @param args         the program's arguments
 * @param options      what chose the schedules: shards of one exploration have equal options
 * @param shard        the part this result is of; null for a merge of {@code mergedShards} shards
 * @param mergedShards 0, or how many shards' results a merge combined
 * @param figures      the strategy's figures ({@link SearchStatistics#figures()}), summed over merged shards
 * @param failures     what failed: an exploration stops at its first failure, a merge keeps one per signature
 */
public record ExplorationResult(String mainClass, List<String> args, Options options, Shard shard, int mergedShards,
                                long schedulesRun, boolean systematic, boolean exhausted, Map<String, Object> figures,
                                long elapsedMillis, boolean timeLimitReached, boolean sharedBetweenPoints,
                                List<Failed> failures, List<DataRace> races) {

    public ExplorationResult {
        args = List.copyOf(args);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        failures = List.copyOf(failures);
        races = List.copyOf(races);
    }

    /**
     * The options that choose an exploration's schedules; a setting the strategy does not read is
     * null (an unseeded DFS's shards draw different seeds that change nothing).
     */
    public record Options(Strategies strategy, Mode mode, Long seed, long schedules, Integer pctDepth,
                          Integer delayBound, Boolean reduction, long maxSteps, List<String> instrument,
                          boolean checkDeterminism) {

        public Options {
            instrument = List.copyOf(instrument);
        }

        static Options of(ExploreOptions o) {
            Strategies s = o.strategy();
            return new Options(s, o.mode(), s.seeded() ? o.seed() : null, o.schedules(),
                    s.reads(Strategies.Setting.PCT_DEPTH) ? o.pctDepth() : null,
                    s.reads(Strategies.Setting.DELAY_BOUND) && o.delayBound() != Integer.MAX_VALUE ? o.delayBound() : null,
                    s.reads(Strategies.Setting.REDUCTION) ? o.reduction() : null, o.maxSteps(), o.instrument(),
                    o.checkDeterminism());
        }

        /** By the names result.json gives them, in its order. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("strategy", strategy.label());
            map.put("mode", mode.label());
            map.put("seed", seed);
            map.put("schedules", schedules);
            map.put("pctDepth", pctDepth);
            map.put("delayBound", delayBound);
            map.put("reduction", reduction);
            map.put("maxSteps", maxSteps);
            map.put("instrument", instrument);
            map.put("checkDeterminism", checkDeterminism);
            return map;
        }
    }

    /**
     * A failure found: {@code signature} is what makes two failures the same (see
     * {@link FailureSignature}), {@code execution} the execution that found it (from 0, counted over
     * the whole exploration; within the shard for a strategy that splits its own space, DFS), {@code token} its shrunk schedule, {@code replay} the command that
     * replays it and {@code report} the report that explains it, as the shard printed them.
     */
    public record Failed(String summary, String signature, Shard shard, long execution, String token, String replay,
                         String report) {
    }

    /** The result of an exploration run with {@code options} on {@code mainClass}. */
    public static ExplorationResult of(String mainClass, List<String> args, ExploreOptions options, Exploration e,
                                       String replay, String report) {
        List<Failed> failures = e.found().map(found -> List.of(new Failed(found.failure().summary(),
                FailureSignature.of(found.failure()).toString(), e.shard(), found.execution(), found.shrunk().token(),
                replay, report))).orElse(List.of());
        // The races without their stacks or schedules: a result says what raced and where, its report the rest.
        List<DataRace> races = e.races().stream()
                .map(r -> new DataRace(r.memory(), r.first().withStack(List.of()), r.second().withStack(List.of()))).toList();
        return new ExplorationResult(mainClass, args, Options.of(options), e.shard(), 0, e.schedulesRun(),
                e.search().systematic(), e.exhausted(), e.search().figures(), e.elapsedNanos() / 1_000_000,
                e.timeLimitReached(), e.sharedBetweenPoints(), failures, races);
    }

    /** Whether no failure was found. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * As an {@link Exploration} without its failure, for its summary line ({@link ExplorationSummary}):
     * a merge is summed up as the whole exploration was.
     */
    public Exploration summarized() {
        return new Exploration(options.strategy(), options.seed() == null ? 0 : options.seed(), schedulesRun, search(),
                elapsedMillis * 1_000_000, Optional.empty(), races, timeLimitReached, options.mode(),
                sharedBetweenPoints, shard == null ? Shard.WHOLE : shard);
    }

    /** The search's statistics again, from its figures: DFS is the one systematic strategy. */
    private SearchStatistics search() {
        if (!systematic) {
            return SearchStatistics.SAMPLE;
        }
        return new DfsStatistics(exhausted, options.delayBound() == null ? Integer.MAX_VALUE : options.delayBound(),
                count("prunedByBound"), Boolean.TRUE.equals(options.reduction()), count("skippedByReduction"), 0);
    }

    private long count(String figure) {
        return figures.get(figure) instanceof Number n ? n.longValue() : 0;
    }
}
