package dev.interleave.explore;

import dev.interleave.internal.strategy.DecisionPoint;
import dev.interleave.internal.strategy.Strategy;
import java.util.Arrays;

/**
 * Wraps a strategy and counts its delays: choices of any task but the oldest runnable one, which
 * FIFO would run. The shrinker minimises them and a DFS delay bound limits them; they are not
 * preemptions (a switch away from a task that could go on): in sync and preemptive modes FIFO
 * itself switches at every point, and letting the running task go on is then a delay.
 */
final class DelayCounter extends WrappingStrategy {

    private int delays;
    private int decisions;
    /** The delays' decisions, by their index in the execution: the first {@code delays} entries. */
    private int[] delayed = new int[16];

    DelayCounter(Strategy inner) {
        super(inner);
    }

    @Override
    public void beginExecution(long index) {
        delays = 0;
        decisions = 0;
        super.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        int index = super.choose(point);
        if (index != 0) {
            if (delays == delayed.length) {
                delayed = Arrays.copyOf(delayed, delays * 2);
            }
            delayed[delays++] = decisions;
        }
        decisions++;
        return index;
    }

    int delays() {
        return delays;
    }

    /** Which decisions of the execution were delays, by their index, in order: what the shrinker puts back to FIFO's. */
    int[] delayedDecisions() {
        return Arrays.copyOf(delayed, delays);
    }
}
