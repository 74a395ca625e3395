package dev.interleave.explore;

import dev.interleave.strategy.DecisionPoint;
import dev.interleave.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/** Wraps a strategy and records the runnable tasks at every decision of the current execution. */
final class RunnableRecorder implements Strategy {

    private final Strategy inner;
    private final List<List<Integer>> runnable = new ArrayList<>();

    RunnableRecorder(Strategy inner) {
        this.inner = inner;
    }

    @Override
    public void beginExecution(long index) {
        runnable.clear();
        inner.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        runnable.add(List.copyOf(point.runnable()));
        return inner.choose(point);
    }

    @Override
    public void endExecution() {
        inner.endExecution();
    }

    @Override
    public boolean exhausted() {
        return inner.exhausted();
    }

    List<List<Integer>> runnable() {
        return List.copyOf(runnable);
    }
}
