package dev.interleave.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive depth-first search over the tree of decisions, one execution per leaf. Index 0 (the
 * oldest runnable task, asyncio's choice) is tried first; any other choice counts as a preemption,
 * and branches with more than {@code preemptionBound} preemptions are not explored (a bound of
 * {@code Integer.MAX_VALUE} explores everything). {@link #exhausted()} is true once every leaf
 * within the bound has run: for a deterministic program that is a proof over that space.
 *
 * <p>Shard {@code i} of {@code n} takes the subtrees of the first decision whose index is
 * {@code i} modulo {@code n}, so n processes split one search; shard 0 also takes a program that
 * makes no decision at all.
 */
public final class DfsStrategy implements Strategy {

    /** A decision on the current path: the index taken, of how many. */
    private record Node(int index, int options) {
    }

    private final int preemptionBound;
    private final int shardIndex;
    private final int shardCount;
    private final List<Node> path = new ArrayList<>();
    private int depth;
    private int preemptions;
    private boolean exhausted;
    private boolean noWork;
    private long prunedByBound;

    public DfsStrategy(int preemptionBound) {
        this(preemptionBound, 0, 1);
    }

    public DfsStrategy(int preemptionBound, int shardIndex, int shardCount) {
        this.preemptionBound = preemptionBound;
        this.shardIndex = shardIndex;
        this.shardCount = shardCount;
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
            // The first decision is where shards part; a shard with no subtree there has no work.
            index = depth == 0 ? Math.min(shardIndex, options - 1) : 0;
            path.add(new Node(index, options));
            if (depth == 0 && shardIndex >= options) {
                noWork = true;
            }
        }
        depth++;
        if (index != 0) {
            preemptions++;
        }
        return index;
    }

    @Override
    public void endExecution() {
        if (noWork || (path.isEmpty() && depth == 0 && shardIndex != 0)) {
            exhausted = true;
            return;
        }
        // Drop decisions past where this execution ended, then move to the next sibling.
        while (path.size() > depth) {
            path.removeLast();
        }
        while (!path.isEmpty()) {
            Node last = path.removeLast();
            int preemptionsAbove = countPreemptions();
            int step = path.isEmpty() ? shardCount : 1;
            int next = last.index() + step;
            if (next < last.options()) {
                if (preemptionsAbove + 1 <= preemptionBound) {
                    path.add(new Node(next, last.options()));
                    return;
                }
                prunedByBound += (last.options() - next + step - 1) / step;
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

    /**
     * The search's frontier: branches on the current path not yet taken (within the bound counts
     * only roughly: a branch may still be pruned when it is reached).
     */
    public long frontier() {
        long open = 0;
        for (int depth = 0; depth < path.size(); depth++) {
            Node node = path.get(depth);
            int step = depth == 0 ? shardCount : 1;
            open += Math.max(0, (node.options() - node.index() - 1) / step);
        }
        return open;
    }

    /** Branches left out because they exceed the preemption bound. */
    public long prunedByBound() {
        return prunedByBound;
    }

    public int preemptionBound() {
        return preemptionBound;
    }
}
