package dev.interleave.explore;

import dev.interleave.internal.strategy.DecisionPoint;
import dev.interleave.internal.strategy.SearchStatistics;
import dev.interleave.internal.strategy.StepFootprint;
import dev.interleave.internal.strategy.Strategy;

/** A strategy that watches another: everything goes to the inner one; subclasses add what they watch. */
abstract class WrappingStrategy implements Strategy {

    final Strategy inner;

    WrappingStrategy(Strategy inner) {
        this.inner = inner;
    }

    @Override
    public void beginExecution(long index) {
        inner.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        return inner.choose(point);
    }

    @Override
    public boolean wantsFootprints() {
        return inner.wantsFootprints();
    }

    @Override
    public void stepped(StepFootprint step) {
        inner.stepped(step);
    }

    @Override
    public void stepsTaken(int[] stepsByTask) {
        inner.stepsTaken(stepsByTask);
    }

    @Override
    public void endExecution() {
        inner.endExecution();
    }

    @Override
    public boolean exhausted() {
        return inner.exhausted();
    }

    @Override
    public SearchStatistics statistics() {
        return inner.statistics();
    }

    @Override
    public boolean splitsShards() {
        return inner.splitsShards();
    }
}
