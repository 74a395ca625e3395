package dev.interleave.explore;

import dev.interleave.strategy.DecisionPoint;
import dev.interleave.strategy.Strategy;

/** Wraps a strategy and counts its preemptions: choices of any task but the oldest runnable one. */
final class PreemptionCounter extends WrappingStrategy {

    private int preemptions;

    PreemptionCounter(Strategy inner) {
        super(inner);
    }

    @Override
    public void beginExecution(long index) {
        preemptions = 0;
        super.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        int index = super.choose(point);
        if (index != 0) {
            preemptions++;
        }
        return index;
    }

    int preemptions() {
        return preemptions;
    }
}
