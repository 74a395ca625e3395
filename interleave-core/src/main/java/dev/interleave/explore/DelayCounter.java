package dev.interleave.explore;

import dev.interleave.strategy.DecisionPoint;
import dev.interleave.strategy.Strategy;

/**
 * Wraps a strategy and counts its delays: choices of any task but the oldest runnable one, which
 * FIFO would run. The shrinker minimises them and a DFS delay bound limits them; they are not
 * preemptions (a switch away from a task that could go on): in sync and preemptive modes FIFO
 * itself switches at every point, and letting the running task go on is then a delay.
 */
final class DelayCounter extends WrappingStrategy {

    private int delays;

    DelayCounter(Strategy inner) {
        super(inner);
    }

    @Override
    public void beginExecution(long index) {
        delays = 0;
        super.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        int index = super.choose(point);
        if (index != 0) {
            delays++;
        }
        return index;
    }

    int delays() {
        return delays;
    }
}
