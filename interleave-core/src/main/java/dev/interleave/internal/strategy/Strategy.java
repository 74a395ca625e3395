package dev.interleave.internal.strategy;

/**
 * Picks which runnable task goes next. One small interface for every strategy: FIFO, random walk,
 * PCT, DFS, replay and the portfolio each implement it, and checks wrap it.
 */
public interface Strategy {

    /** Execution number {@code index} of an exploration begins (0 for a single run). */
    default void beginExecution(long index) {
    }

    /**
     * Chooses among the runnable tasks, listed in the order they became runnable (oldest first).
     * Called only when more than one task can run.
     *
     * @return an index into {@code point.runnable()}
     */
    int choose(DecisionPoint point);

    /**
     * Whether this strategy reads step footprints ({@link #stepped}); recording them costs a
     * little on every step, so strategies that do not read them do not ask.
     */
    default boolean wantsFootprints() {
        return false;
    }

    /** A step ended (every step, decided or not), when {@link #wantsFootprints()}. */
    default void stepped(StepFootprint step) {
    }

    /**
     * The execution ended (called just before {@link #endExecution}): how many steps each task took,
     * by task id, also those at which no other task could run and so no decision was asked.
     */
    default void stepsTaken(int[] stepsByTask) {
    }

    /** The execution ended. */
    default void endExecution() {
    }

    /** True when every further execution would repeat one already run (an exhausted search). */
    default boolean exhausted() {
        return false;
    }

    /** What it can say about the space searched so far; a sample by default. */
    default SearchStatistics statistics() {
        return SearchStatistics.SAMPLE;
    }

    /**
     * Whether it splits a sharded exploration itself (DFS takes its shard's subtrees); otherwise
     * shard i of n runs executions i, i + n, i + 2n, ... of the unsharded exploration.
     */
    default boolean splitsShards() {
        return false;
    }
}
