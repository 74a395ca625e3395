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
 * <p>With the reduction on, the search keeps sleep sets (Godefroid, 1996) built from
 * {@link StepFootprint step footprints}: after the subtree that starts with task a's step, a
 * sibling that starts with b's step puts a to sleep when the two steps are independent, and a
 * stays asleep, never chosen, until a step that depends on its step runs. A schedule that would
 * choose a sleeping task only reorders independent steps of one already run. Sleep sets are not
 * sound under a preemption bound (an equivalent schedule may have been cut by the bound), so a
 * bounded search does not reduce.
 *
 * <p>Shard {@code i} of {@code n} takes the subtrees of the first decision whose index is
 * {@code i} modulo {@code n}, so n processes split one search; shard 0 also takes a program that
 * makes no decision at all.
 */
public final class DfsStrategy implements Strategy {

    /** A decision on the current path. */
    private static final class Node {
        final int options;
        /** The runnable task ids (kept only when reducing). */
        final int[] runnable;
        /** Steps asleep when the search reached this decision. */
        final List<StepFootprint> sleep;
        /** The first steps of the subtrees already explored from here. */
        final List<StepFootprint> done = new ArrayList<>();
        int index;
        /** The step taken here in the current execution. */
        StepFootprint taken;
        /** Every runnable task was asleep: what follows repeats an explored schedule, so no siblings. */
        boolean redundant;

        Node(int index, int options, int[] runnable, List<StepFootprint> sleep) {
            this.index = index;
            this.options = options;
            this.runnable = runnable;
            this.sleep = sleep;
        }
    }

    private final int preemptionBound;
    private final int shardIndex;
    private final int shardCount;
    private final boolean reducing;
    private final List<Node> path = new ArrayList<>();
    private List<StepFootprint> asleep = new ArrayList<>();
    private Node awaitingStep;
    private boolean redundant;
    private int depth;
    private boolean exhausted;
    private boolean noWork;
    private long prunedByBound;
    private long skippedByReduction;

    public DfsStrategy(int preemptionBound) {
        this(preemptionBound, 0, 1, false);
    }

    public DfsStrategy(int preemptionBound, int shardIndex, int shardCount) {
        this(preemptionBound, shardIndex, shardCount, false);
    }

    /** {@code reduction}: skip schedules equivalent to one already run (only when unbounded). */
    public DfsStrategy(int preemptionBound, int shardIndex, int shardCount, boolean reduction) {
        this.preemptionBound = preemptionBound;
        this.shardIndex = shardIndex;
        this.shardCount = shardCount;
        this.reducing = reduction && preemptionBound == Integer.MAX_VALUE;
    }

    @Override
    public void beginExecution(long index) {
        depth = 0;
        asleep = new ArrayList<>();
        awaitingStep = null;
        redundant = false;
    }

    @Override
    public boolean wantsFootprints() {
        return reducing;
    }

    @Override
    public int choose(DecisionPoint point) {
        int options = point.runnable().size();
        Node node;
        if (depth < path.size()) {
            node = path.get(depth);
            if (node.options != options) {
                throw new IllegalStateException("the program is nondeterministic: decision " + depth + " had "
                        + node.options + " runnable tasks before and " + options + " now");
            }
        } else {
            node = newNode(point.runnable());
            path.add(node);
        }
        depth++;
        if (reducing) {
            // The chosen step's siblings explored before it, and what was asleep here, sleep on.
            int chosen = node.runnable[node.index];
            asleep = new ArrayList<>(node.sleep);
            asleep.addAll(node.done);
            asleep.removeIf(step -> step.task() == chosen);
            awaitingStep = node;
        }
        return node.index;
    }

    private Node newNode(List<Integer> runnable) {
        int options = runnable.size();
        if (depth == 0) {
            // The first decision is where shards part; a shard with no subtree there has no work.
            noWork = shardIndex >= options;
            return new Node(Math.min(shardIndex, options - 1), options, ids(runnable), List.of());
        }
        if (!reducing) {
            return new Node(0, options, null, List.of());
        }
        int[] ids = ids(runnable);
        Node node = new Node(0, options, ids, List.copyOf(asleep));
        int sleeping = 0;
        int first = -1;
        for (int i = 0; i < options; i++) {
            if (isAsleep(node, ids[i])) {
                sleeping++;
            } else if (first < 0) {
                first = i;
            }
        }
        node.redundant = redundant || first < 0;
        redundant = node.redundant;
        node.index = Math.max(first, 0);
        skippedByReduction += first < 0 ? sleeping - 1 : sleeping;
        return node;
    }

    private static int[] ids(List<Integer> runnable) {
        int[] ids = new int[runnable.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = runnable.get(i);
        }
        return ids;
    }

    private static boolean isAsleep(Node node, int task) {
        for (StepFootprint step : node.sleep) {
            if (step.task() == task) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void stepped(StepFootprint step) {
        if (awaitingStep != null) {
            awaitingStep.taken = step;
            awaitingStep = null;
        }
        asleep.removeIf(sleeping -> sleeping.dependsOn(step));
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
            if (last.redundant) {
                continue;
            }
            if (last.taken != null) {
                last.done.add(last.taken);
                last.taken = null;
            }
            int step = path.isEmpty() ? shardCount : 1;
            int next = last.index + step;
            while (reducing && next < last.options && isAsleep(last, last.runnable[next])) {
                next += step;
            }
            if (next < last.options) {
                if (countPreemptions() + 1 <= preemptionBound) {
                    last.index = next;
                    path.add(last);
                    return;
                }
                prunedByBound += (last.options - next + step - 1) / step;
            }
        }
        exhausted = true;
    }

    private int countPreemptions() {
        int count = 0;
        for (Node node : path) {
            if (node.index != 0) {
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
     * only roughly: a branch may still be pruned when it is reached or skipped by the reduction).
     */
    public long frontier() {
        long open = 0;
        for (int depth = 0; depth < path.size(); depth++) {
            Node node = path.get(depth);
            int step = depth == 0 ? shardCount : 1;
            open += Math.max(0, (node.options - node.index - 1) / step);
        }
        return open;
    }

    /** Branches left out because they exceed the preemption bound. */
    public long prunedByBound() {
        return prunedByBound;
    }

    /** Branches left out by the reduction: each would only reorder independent steps of a schedule already run. */
    public long skippedByReduction() {
        return skippedByReduction;
    }

    /** Whether this search reduces (asked for, and the search is unbounded). */
    public boolean reducing() {
        return reducing;
    }

    public int preemptionBound() {
        return preemptionBound;
    }
}
