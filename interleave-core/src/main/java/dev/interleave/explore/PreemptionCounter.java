package dev.interleave.explore;

import dev.interleave.strategy.DecisionPoint;
import dev.interleave.strategy.Strategy;

/** Wraps a strategy and counts its preemptions: choices of any task but the oldest runnable one. */
final class PreemptionCounter implements Strategy {

    private final Strategy inner;
    private int preemptions;

    PreemptionCounter(Strategy inner) {
        this.inner = inner;
    }

    @Override
    public void beginExecution(long index) {
        preemptions = 0;
        inner.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        int index = inner.choose(point);
        if (index != 0) {
            preemptions++;
        }
        return index;
    }

    @Override
    public void endExecution() {
        inner.endExecution();
    }

    @Override
    public boolean exhausted() {
        return inner.exhausted();
    }

    int preemptions() {
        return preemptions;
    }
}
