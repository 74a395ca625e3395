package dev.interleave.internal.strategy;

import dev.interleave.schedule.ReplayDivergedException;
import java.util.List;

/**
 * Follows a recorded list of choices (task ids). Strict, it is replay: a choice that cannot be
 * followed, or an execution that ends before the choices do, is a divergence. Lenient, it is the
 * shrinker's tool: where a choice cannot be followed, is {@link #DEFAULT}, or comes after the last
 * one, it runs the oldest runnable task, as FIFO would.
 */
public final class GuidedStrategy implements Strategy {

    /** In a lenient guide: take the default (oldest runnable) task here. */
    public static final int DEFAULT = -1;

    private final List<Integer> choices;
    private final boolean strict;
    private int decision;

    public GuidedStrategy(List<Integer> choices, boolean strict) {
        this.choices = List.copyOf(choices);
        this.strict = strict;
    }

    @Override
    public void beginExecution(long index) {
        decision = 0;
    }

    @Override
    public int choose(DecisionPoint point) {
        int at = decision++;
        if (at >= choices.size()) {
            if (strict) {
                throw new ReplayDivergedException(at, "the program made more decisions than the schedule has ("
                        + choices.size() + "): it diverged at decision " + at + " (step " + point.step() + ")");
            }
            return 0;
        }
        if (!strict && choices.get(at) == DEFAULT) {
            return 0;
        }
        int index = point.runnable().indexOf(choices.get(at));
        if (index < 0) {
            if (strict) {
                throw new ReplayDivergedException(at, choices.get(at), point.runnable(), point.step());
            }
            return 0;
        }
        return index;
    }

    @Override
    public void endExecution() {
        if (strict && decision < choices.size()) {
            throw new ReplayDivergedException(decision, "the program ended after " + decision
                    + " decisions, but the schedule has " + choices.size() + ": it diverged");
        }
    }
}
