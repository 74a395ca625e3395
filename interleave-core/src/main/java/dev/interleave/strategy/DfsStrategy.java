package dev.interleave.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive depth-first search over the tree of decisions, one execution per leaf. Index 0 (the
 * oldest runnable task, asyncio's choice) is tried first; any other choice counts as a preemption,
 * and branches with more than {@code preemptionBound} preemptions are not explored (a bound of
 * {@code Integer.MAX_VALUE} explores everything). {@link #exhausted()} is true once every leaf
 * within the bound has run: for a deterministic program that is a proof over that space.
 */
public final class DfsStrategy implements Strategy {

    /** A decision on the current path: the index taken, of how many. */
    private record Node(int index, int options) {
    }

    private final int preemptionBound;
    private final List<Node> path = new ArrayList<>();
    private int depth;
    private int preemptions;
    private boolean exhausted;
    private long prunedByBound;

    public DfsStrategy(int preemptionBound) {
        this.preemptionBound = preemptionBound;
    }

    @Override
    public void beginExecution(long index) {
        depth = 0;
        preemptions = 0;
    }

    @Override
    public int choose(DecisionPoint point) {
        int options = point.runnable().size();
        int index;
        if (depth < path.size()) {
            Node node = path.get(depth);
            if (node.options() != options) {
                throw new IllegalStateException("the program is nondeterministic: decision " + depth + " had "
                        + node.options() + " runnable tasks before and " + options + " now");
            }
            index = node.index();
        } else {
            index = 0;
            path.add(new Node(0, options));
        }
        depth++;
        if (index != 0) {
            preemptions++;
        }
        return index;
    }

    @Override
    public void endExecution() {
        // Drop decisions past where this execution ended, then move to the next sibling.
        while (path.size() > depth) {
            path.removeLast();
        }
        while (!path.isEmpty()) {
            Node last = path.removeLast();
            int preemptionsAbove = countPreemptions();
            int next = last.index() + 1;
            if (next < last.options()) {
                if (preemptionsAbove + 1 <= preemptionBound) {
                    path.add(new Node(next, last.options()));
                    return;
                }
                prunedByBound += last.options() - next;
            }
        }
        exhausted = true;
    }

    private int countPreemptions() {
        int count = 0;
        for (Node node : path) {
            if (node.index() != 0) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    /** Branches left out because they exceed the preemption bound. */
    public long prunedByBound() {
        return prunedByBound;
    }

    public int preemptionBound() {
        return preemptionBound;
    }
}
