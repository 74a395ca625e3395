package dev.interleave.explore;

import dev.interleave.Mode;
import java.time.Duration;
import java.util.List;

/**
 * How to explore: the strategy ({@code portfolio}, {@code random}, {@code pct}, {@code pos}, {@code urw}, {@code surw}, {@code dfs} or
 * {@code fifo}), how many executions at most, the seed, a wall-clock budget, PCT's depth, DFS's
 * preemption bound, which shard of a split exploration this process runs, whether to shrink a
 * failure, whether to run each schedule twice to check that the program is deterministic,
 * whether DFS skips schedules equivalent to one already run (its partial-order reduction), and
 * the most steps one execution may take before it is reported as a livelock, and the JDK classes to
 * instrument as program code (see {@link dev.interleave.RunOptions#instrument()}), and how long
 * shrinking a failure may take (it keeps the best schedule found by then), and the code under test
 * whose lines a report's events are shown at (see {@link dev.interleave.RunOptions#focus()}; empty:
 * the package of the target's class, see {@link Target#focusOf}).
 */
public record ExploreOptions(String strategy, long schedules, long seed, Duration timeLimit, int pctDepth,
                             int preemptionBound, int shardIndex, int shardCount, String mode, boolean shrink,
                             boolean checkDeterminism, boolean reduction, long maxSteps, List<String> instrument,
                             Duration shrinkTime, List<String> focus) {

    public static final List<String> STRATEGIES = List.of("portfolio", "random", "pct", "pos", "urw", "surw", "dfs", "fifo");
    public static final long DEFAULT_SCHEDULES = 1_000;
    public static final int DEFAULT_PCT_DEPTH = 3;
    /** Shrinking's default budget: long enough for most failures, short enough not to outlast the search. */
    public static final Duration DEFAULT_SHRINK_TIME = Duration.ofSeconds(10);

    public ExploreOptions {
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("unknown strategy '" + strategy + "': expected one of "
                    + String.join(", ", STRATEGIES));
        }
        if (schedules <= 0) {
            throw new IllegalArgumentException("the number of schedules must be positive, not " + schedules);
        }
        if (pctDepth <= 0) {
            throw new IllegalArgumentException("PCT depth must be positive, not " + pctDepth);
        }
        if (preemptionBound < 0) {
            throw new IllegalArgumentException("the preemption bound must not be negative");
        }
        if (shardCount <= 0 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("bad shard " + shardIndex + "/" + shardCount
                    + ": expected I/N with 0 <= I < N");
        }
        Mode.parse(mode);
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("the step limit must be positive, not " + maxSteps);
        }
        instrument = List.copyOf(instrument);
        if (shrinkTime == null || shrinkTime.isNegative() || shrinkTime.isZero()) {
            throw new IllegalArgumentException("the shrink time must be positive");
        }
        focus = List.copyOf(focus);
    }

    /** No JDK class instrumented. */
    public ExploreOptions(String strategy, long schedules, long seed, Duration timeLimit, int pctDepth,
                          int preemptionBound, int shardIndex, int shardCount, String mode, boolean shrink,
                          boolean checkDeterminism, boolean reduction, long maxSteps) {
        this(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink,
                checkDeterminism, reduction, maxSteps, List.of(), DEFAULT_SHRINK_TIME, List.of());
    }

    /** Options with DFS's reduction on. */
    public ExploreOptions(String strategy, long schedules, long seed, Duration timeLimit, int pctDepth,
                          int preemptionBound, int shardIndex, int shardCount, String mode, boolean shrink,
                          boolean checkDeterminism) {
        this(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink,
                checkDeterminism, true, dev.interleave.RunOptions.DEFAULT_MAX_STEPS);
    }

    public static ExploreOptions defaults(long seed) {
        return new ExploreOptions("portfolio", DEFAULT_SCHEDULES, seed, null, DEFAULT_PCT_DEPTH,
                Integer.MAX_VALUE, 0, 1, "cooperative", true, false);
    }

    public ExploreOptions withStrategy(String name) {
        return new ExploreOptions(name, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** The seed of the random strategies. */
    public ExploreOptions withSeed(long value) {
        return new ExploreOptions(strategy, schedules, value, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withSchedules(long count) {
        return new ExploreOptions(strategy, count, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withTimeLimit(Duration limit) {
        return new ExploreOptions(strategy, schedules, seed, limit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withPctDepth(int depth) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, depth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withPreemptionBound(int bound) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, bound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withShard(int index, int count) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, index, count, mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    public ExploreOptions withShrink(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, enabled, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /**
     * DFS's partial-order reduction on or off. Off, DFS runs every schedule, including those that
     * only reorder steps the reduction takes for independent.
     */
    public ExploreOptions withReduction(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, enabled, maxSteps, instrument, shrinkTime, focus);
    }

    /** The scheduling mode: cooperative, sync or preemptive. */
    public ExploreOptions withMode(String name) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount,
                name, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** Runs every schedule twice and fails on any difference: slower, for suspect programs. */
    public ExploreOptions withCheckDeterminism(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, enabled, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** The most steps one execution may take; past it the execution is reported as a livelock. */
    public ExploreOptions withMaxSteps(long steps) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount, mode, shrink, checkDeterminism, reduction, steps, instrument, shrinkTime, focus);
    }

    /** The JDK classes to instrument as program code in every execution (see {@link dev.interleave.RunOptions#withInstrument}). */
    public ExploreOptions withInstrument(List<String> classes) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount,
                mode, shrink, checkDeterminism, reduction, maxSteps, classes, shrinkTime, focus);
    }

    /** Most time spent shrinking a failure: shrinking stops there with the best schedule so far. */
    public ExploreOptions withShrinkTime(Duration budget) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount,
                mode, shrink, checkDeterminism, reduction, maxSteps, instrument, budget, focus);
    }

    /** The code under test, for reports: packages or classes (see {@link dev.interleave.RunOptions#withFocus}). */
    public ExploreOptions withFocus(List<String> packagesOrClasses) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, preemptionBound, shardIndex, shardCount,
                mode, shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, packagesOrClasses);
    }
}
