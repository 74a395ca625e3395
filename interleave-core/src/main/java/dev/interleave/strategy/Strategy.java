package dev.interleave.strategy;

/**
 * Picks which runnable task goes next. One small interface for every strategy: FIFO, random walk,
 * PCT, DFS and replay each implement it, and checks wrap it.
 */
public interface Strategy {

    /** A new execution begins. */
    default void beginExecution() {
    }

    /**
     * Chooses among the runnable tasks, listed in the order they became runnable (oldest first).
     *
     * @return an index into {@code point.runnable()}
     */
    int choose(DecisionPoint point);
}
