package dev.interleave.explore;

import dev.interleave.internal.strategy.DecisionPoint;
import dev.interleave.internal.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/** Wraps a strategy and records the runnable tasks at every decision of the current execution. */
final class RunnableRecorder extends WrappingStrategy {

    private final List<List<Integer>> runnable = new ArrayList<>();

    RunnableRecorder(Strategy inner) {
        super(inner);
    }

    @Override
    public void beginExecution(long index) {
        runnable.clear();
        super.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        runnable.add(List.copyOf(point.runnable()));
        return super.choose(point);
    }

    List<List<Integer>> runnable() {
        return List.copyOf(runnable);
    }
}
