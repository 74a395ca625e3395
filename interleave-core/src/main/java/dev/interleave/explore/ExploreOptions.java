package dev.interleave.explore;

import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.Strategies;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to explore: the strategy, how many executions at most, the seed, a wall-clock budget, PCT's
 * depth, DFS's delay bound (most choices per schedule other than the oldest runnable task), which
 * shard of a split exploration this process runs, the mode (which operations are scheduling
 * points), whether to shrink a failure, whether to run each schedule twice to check that the
 * program is deterministic, whether DFS skips schedules equivalent to one already run (its
 * partial-order reduction), the most steps one execution may take before it is reported as a
 * livelock, the JDK classes to instrument as program code (see {@link RunOptions#instrument()}), how
 * long shrinking a failure may take (it keeps the best schedule found by then), and the code under
 * test whose lines a report's events are shown at (see {@link RunOptions#focus()}; empty: the
 * package of the target's class, see {@link Target#focusOf}).
 */
public record ExploreOptions(Strategies strategy, long schedules, long seed, Duration timeLimit, int pctDepth,
                             int delayBound, int shardIndex, int shardCount, Mode mode, boolean shrink,
                             boolean checkDeterminism, boolean reduction, long maxSteps, List<String> instrument,
                             Duration shrinkTime, List<String> focus) {

    public static final long DEFAULT_SCHEDULES = 1_000;
    public static final int DEFAULT_PCT_DEPTH = 3;
    /** Shrinking's default budget: long enough for most failures, short enough not to outlast the search. */
    public static final Duration DEFAULT_SHRINK_TIME = Duration.ofSeconds(10);
    /** What an exploration explores when the user says nothing. */
    public static final Strategies DEFAULT_STRATEGY = Strategies.PORTFOLIO;
    /**
     * Preemptive: Java threads switch anywhere, and only this mode finds all three kinds of bug (a
     * switch at a blocking call or yield, at a synchronization action, between plain accesses); in
     * docs/benchmarks.md it found 23 of 23 bugs, cooperative 13, in about the same time to a bug.
     * {@code run} keeps cooperative, so that FIFO prints the document's outputs.
     */
    public static final Mode DEFAULT_MODE = Mode.PREEMPTIVE;

    public ExploreOptions {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(mode, "mode");
        if (schedules <= 0) {
            throw new IllegalArgumentException("the number of schedules must be positive, not " + schedules);
        }
        if (pctDepth <= 0) {
            throw new IllegalArgumentException("PCT depth must be positive, not " + pctDepth);
        }
        if (delayBound < 0) {
            throw new IllegalArgumentException("the delay bound must not be negative");
        }
        new Shard(shardIndex, shardCount);
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

    /** The defaults: {@link #DEFAULT_STRATEGY} in {@link #DEFAULT_MODE}, 1,000 schedules, shrinking and DFS's reduction on. */
    public static ExploreOptions defaults(long seed) {
        return new ExploreOptions(DEFAULT_STRATEGY, DEFAULT_SCHEDULES, seed, null, DEFAULT_PCT_DEPTH,
                Integer.MAX_VALUE, 0, 1, DEFAULT_MODE, true, false, true, RunOptions.DEFAULT_MAX_STEPS, List.of(),
                DEFAULT_SHRINK_TIME, List.of());
    }

    /** The strategy (see {@link Strategies}). */
    public ExploreOptions withStrategy(Strategies strategy) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** The seed of the random strategies. */
    public ExploreOptions withSeed(long value) {
        return new ExploreOptions(strategy, schedules, value, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** Most executions to try. */
    public ExploreOptions withSchedules(long count) {
        return new ExploreOptions(strategy, count, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** Wall-clock budget for the whole exploration, or null for none. */
    public ExploreOptions withTimeLimit(Duration limit) {
        return new ExploreOptions(strategy, schedules, seed, limit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** PCT's depth: a bug that needs d - 1 priority changes needs depth d. */
    public ExploreOptions withPctDepth(int depth) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, depth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** DFS: most delays (choices other than the oldest runnable task) per schedule; {@code Integer.MAX_VALUE} for none. */
    public ExploreOptions withDelayBound(int bound) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, bound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** Runs shard {@code index} of {@code count} of this exploration (see {@link dev.interleave.internal.strategy.Strategy#splitsShards()}). */
    public ExploreOptions withShard(int index, int count) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, index, count, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /**
     * As {@link #withShard(int, int)}, the shard written {@code I/N}, as the command line and
     * {@code -Dinterleave.shard} take it.
     *
     * @throws IllegalArgumentException when {@code spec} is not of that form
     */
    public ExploreOptions withShard(String spec) {
        Shard parsed = Shard.parse(spec);
        return withShard(parsed.index(), parsed.count());
    }

    /** Which shard of a split exploration this is ({@link Shard#WHOLE} when it is not split). */
    public Shard shard() {
        return new Shard(shardIndex, shardCount);
    }

    /** Whether a failure is shrunk before it is reported. */
    public ExploreOptions withShrink(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                enabled, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /**
     * DFS's partial-order reduction on or off. Off, DFS runs every schedule, including those that
     * only reorder steps the reduction takes for independent.
     */
    public ExploreOptions withReduction(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, enabled, maxSteps, instrument, shrinkTime, focus);
    }

    /** The scheduling mode: which operations are scheduling points. */
    public ExploreOptions withMode(Mode mode) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** Runs every schedule twice and fails on any difference: slower, for suspect programs. */
    public ExploreOptions withCheckDeterminism(boolean enabled) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, enabled, reduction, maxSteps, instrument, shrinkTime, focus);
    }

    /** The most steps one execution may take; past it the execution is reported as a livelock. */
    public ExploreOptions withMaxSteps(long steps) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, steps, instrument, shrinkTime, focus);
    }

    /** The JDK classes to instrument as program code in every execution (see {@link RunOptions#withInstrument}). */
    public ExploreOptions withInstrument(List<String> classes) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, classes, shrinkTime, focus);
    }

    /** Most time spent shrinking a failure: shrinking stops there with the best schedule so far. */
    public ExploreOptions withShrinkTime(Duration budget) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, budget, focus);
    }

    /** The code under test, for reports: packages or classes (see {@link RunOptions#withFocus}). */
    public ExploreOptions withFocus(List<String> packagesOrClasses) {
        return new ExploreOptions(strategy, schedules, seed, timeLimit, pctDepth, delayBound, shardIndex, shardCount, mode,
                shrink, checkDeterminism, reduction, maxSteps, instrument, shrinkTime, packagesOrClasses);
    }
}
