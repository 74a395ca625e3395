package dev.interleave.strategy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Exhaustive depth-first search over the tree of decisions, one execution per leaf. Index 0 (the
 * oldest runnable task, asyncio's choice) is tried first; any other choice is a delay (as in delay
 * bounding, Emmi, Qadeer and Rakamarić, POPL 2011: it skips the task FIFO would run, whether or
 * not the task that ran last could have gone on), and branches with more than {@code delayBound}
 * delays are not explored (a bound of {@code Integer.MAX_VALUE} explores everything).
 * {@link #exhausted()} is true once every leaf within the bound has run: for a deterministic
 * program that is a proof over that space.
 *
 * <p>With the reduction on (and no bound), the search is a dynamic partial-order reduction over
 * {@link StepFootprint step footprints}, which name the locations each step read or wrote (Flanagan
 * and Godefroid, POPL 2005, with sleep sets). A decision explores only the tasks in its backtrack
 * set, first the one FIFO picks; when a step of task p races with an earlier step of another task
 * that does not happen before p's previous step ({@link ExecutionRaces}), the decision before the
 * earlier step gets p too (every task that can run there, when p cannot). After the subtree of
 * task a's step, a sibling that starts with b's step puts a to sleep when their steps are
 * independent, and a stays asleep until a step that depends on a's runs. A task that would only
 * block (it stands before entering a monitor or taking a {@code ReentrantLock} that another task
 * holds, or before joining a task still alive) is not chosen while another can run. A schedule left out only reorders independent steps of one
 * run. Sleep sets and backtrack sets are not sound under a delay bound (an equivalent schedule
 * may have been cut by the bound), so a bounded search does not reduce.
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
        /** The options to explore from here (reducing: grown by the races found below). */
        final BitSet backtrack = new BitSet();
        /** The options explored. */
        final BitSet explored = new BitSet();
        /** The options whose task would only block. */
        final BitSet disabled = new BitSet();
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

        int optionOf(int task) {
            for (int i = 0; i < runnable.length; i++) {
                if (runnable[i] == task) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final int delayBound;
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
    /** This execution's steps and their races (reducing only). */
    private final ExecutionRaces races = new ExecutionRaces();
    /** Per step of this execution, the decision that chose it, or null when it was the only choice. */
    private final List<Node> chosenAt = new ArrayList<>();
    private long prunedByBound;
    private long skippedByReduction;

    public DfsStrategy(int delayBound) {
        this(delayBound, 0, 1, false);
    }

    public DfsStrategy(int delayBound, int shardIndex, int shardCount) {
        this(delayBound, shardIndex, shardCount, false);
    }

    /** {@code reduction}: skip schedules equivalent to one already run (only when unbounded). */
    public DfsStrategy(int delayBound, int shardIndex, int shardCount, boolean reduction) {
        this.delayBound = delayBound;
        this.shardIndex = shardIndex;
        this.shardCount = shardCount;
        this.reducing = reduction && delayBound == Integer.MAX_VALUE;
    }

    @Override
    public void beginExecution(long index) {
        depth = 0;
        asleep = new ArrayList<>();
        awaitingStep = null;
        redundant = false;
        races.clear();
        chosenAt.clear();
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
            node = newNode(point);
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

    private Node newNode(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        int options = runnable.size();
        if (depth == 0) {
            // The first decision is where shards part; a shard with no subtree there has no work.
            noWork = shardIndex >= options;
            Node root = new Node(Math.min(shardIndex, options - 1), options, ids(runnable), List.of());
            if (shardCount > 1 || !reducing) {
                // A shard's share of the first decision is fixed in advance: all of it is explored.
                for (int i = shardIndex; i < options; i += shardCount) {
                    root.backtrack.set(i);
                }
            } else {
                root.backtrack.set(root.index);
            }
            return root;
        }
        if (!reducing) {
            Node node = new Node(0, options, null, List.of());
            node.backtrack.set(0, options);
            return node;
        }
        int[] ids = ids(runnable);
        Node node = new Node(0, options, ids, List.copyOf(asleep));
        // A task that would only block (on a monitor or lock taken, or joining a live task) is not
        // enabled: running it once the lock is free or the task has ended does all it could now. Unless no task is otherwise enabled: then the run must go on (to a deadlock, as a
        // rule).
        for (int i = 0; i < options; i++) {
            if (point.wouldBlock().test(i)) {
                node.disabled.set(i);
            }
        }
        if (node.disabled.cardinality() == options) {
            node.disabled.clear();
        }
        int first = -1;
        for (int i = 0; i < options && first < 0; i++) {
            if (!node.disabled.get(i) && !isAsleep(node, ids[i])) {
                first = i;
            }
        }
        node.redundant = redundant || first < 0;
        redundant = node.redundant;
        node.index = Math.max(first, 0);
        node.backtrack.set(node.index);
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
        Node node = awaitingStep;
        if (awaitingStep != null) {
            awaitingStep.taken = step;
            awaitingStep = null;
        }
        asleep.removeIf(sleeping -> sleeping.dependsOn(step));
        if (!reducing || redundant) {
            // Past a decision where every task slept, the run repeats an explored one: its races
            // were reversed there.
            return;
        }
        int[] racing = races.add(step);
        chosenAt.add(node);
        for (int i : racing) {
            reverse(i, step);
        }
    }

    /**
     * Step {@code i} races with step {@code e}, the last: the decision before step {@code i} will
     * also try e's task first. When that task could not run there (it was blocked, or would only
     * block), every task that could is tried instead, unless what let it run (a start, a release,
     * an end before a join) is step {@code i} or comes after it: then no order puts e first. A
     * step that was the only choice has no decision to add to.
     */
    private void reverse(int i, StepFootprint e) {
        Node node = chosenAt.get(i);
        if (node == null) {
            return;
        }
        int option = node.optionOf(e.task());
        if (option >= 0 && !node.disabled.get(option)) {
            node.backtrack.set(option);
            return;
        }
        if (races.enabledAfter(i)) {
            return;
        }
        for (int other = 0; other < node.options; other++) {
            if (!node.disabled.get(other)) {
                node.backtrack.set(other);
            }
        }
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
                skippedByReduction += last.options - 1;
                continue;
            }
            if (last.taken != null) {
                last.done.add(last.taken);
                last.taken = null;
            }
            last.explored.set(last.index);
            int next = nextOption(last);
            if (next >= 0) {
                if (countDelays() + 1 <= delayBound) {
                    last.index = next;
                    path.add(last);
                    return;
                }
                prunedByBound += last.backtrack.cardinality() - last.explored.cardinality();
            }
            if (reducing) {
                int share = path.isEmpty() ? (last.options - shardIndex + shardCount - 1) / shardCount : last.options;
                skippedByReduction += share - last.explored.cardinality();
            }
        }
        exhausted = true;
    }

    /** The next option to explore at {@code node}: in its backtrack set, not explored, its task awake; or -1. */
    private int nextOption(Node node) {
        for (int next = node.backtrack.nextSetBit(0); next >= 0; next = node.backtrack.nextSetBit(next + 1)) {
            if (!node.explored.get(next) && !node.disabled.get(next) && !(reducing && isAsleep(node, node.runnable[next]))) {
                return next;
            }
        }
        return -1;
    }

    private int countDelays() {
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

    @Override
    public SearchStatistics statistics() {
        return new DfsStatistics(exhausted, delayBound, prunedByBound, reducing, skippedByReduction, frontier());
    }

    @Override
    public boolean splitsShards() {
        return true;
    }

    /**
     * The search's frontier: branches on the current path not yet taken (within the bound counts
     * only roughly: a branch may still be pruned when it is reached or skipped by the reduction).
     */
    private long frontier() {
        long count = 0;
        for (int depth = 0; depth < path.size(); depth++) {
            Node node = path.get(depth);
            BitSet open = (BitSet) node.backtrack.clone();
            open.andNot(node.explored);
            open.clear(node.index);
            count += open.cardinality();
        }
        return count;
    }
}
