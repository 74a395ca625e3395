package dev.interleave.internal.strategy;

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
 * <p>Shards split the tree without talking to each other: the first decisions are shared by
 * several shards, which deal their options out ({@link DfsSharing}; with the reduction, by the
 * estimated size of the subtrees, learnt by surveying each shared decision first). A shard's search
 * is exhausted when its own subtrees are.
 */
public final class DfsStrategy implements Strategy {

    /** A decision on the current path. */
    static final class Node {
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
        /** When other shards share this decision: how they share it (null in this shard's own part). */
        SharedDecision sharing;

        Node(int index, int options, int[] runnable, List<StepFootprint> sleep) {
            this.index = index;
            this.options = options;
            this.runnable = runnable;
            this.sleep = sleep;
        }

        boolean shared() {
            return sharing != null;
        }

        int optionOf(int task) {
            for (int i = 0; i < runnable.length; i++) {
                if (runnable[i] == task) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether {@code task}'s step was asleep when the search reached this decision. */
        boolean sleeps(int task) {
            for (StepFootprint step : sleep) {
                if (step.task() == task) {
                    return true;
                }
            }
            return false;
        }
    }

    private final int delayBound;
    private final boolean reducing;
    private final List<Node> path = new ArrayList<>();
    private List<StepFootprint> asleep = new ArrayList<>();
    private Node awaitingStep;
    private boolean redundant;
    private int depth;
    private boolean exhausted;
    /** This execution went past a decision where this shard has nothing (every task there asleep): the rest repeats. */
    private boolean foreign;
    /** This execution's steps and their races (reducing only). */
    private final ExecutionRaces races = new ExecutionRaces();
    /** Per step of this execution, the decision that chose it, or null when it was the only choice. */
    private final List<Node> chosenAt = new ArrayList<>();
    private long prunedByBound;
    private long skippedByReduction;
    /** How the shards share the first decisions (with one shard, none is shared). */
    private final DfsSharing shards;

    public DfsStrategy(int delayBound) {
        this(delayBound, 0, 1, false);
    }

    public DfsStrategy(int delayBound, int shardIndex, int shardCount) {
        this(delayBound, shardIndex, shardCount, false);
    }

    /** {@code reduction}: skip schedules equivalent to one already run (only when unbounded). */
    public DfsStrategy(int delayBound, int shardIndex, int shardCount, boolean reduction) {
        this.delayBound = delayBound;
        this.reducing = reduction && delayBound == Integer.MAX_VALUE;
        this.shards = new DfsSharing(shardIndex, shardCount, reducing, this::nextAction);
    }

    @Override
    public void beginExecution(long index) {
        depth = 0;
        asleep = new ArrayList<>();
        awaitingStep = null;
        redundant = false;
        foreign = false;
        shards.beginExecution();
        races.clear();
        chosenAt.clear();
    }

    @Override
    public boolean wantsFootprints() {
        return reducing;
    }

    @Override
    public int choose(DecisionPoint point) {
        if (foreign) {
            return 0;
        }
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
        if (node.index < 0) {
            // Nothing of this shard's is left here: run on without searching (see the class comment).
            foreign = true;
            return 0;
        }
        if (reducing) {
            // The chosen step's siblings explored before it, and what was asleep here, sleep on.
            int chosen = node.runnable[node.index];
            asleep = new ArrayList<>(node.sleep);
            asleep.addAll(node.shared() ? node.sharing.sleepingBelow(node.index, node.done) : node.done);
            asleep.removeIf(step -> step.task() == chosen);
            awaitingStep = node;
            shards.chose(node);
        }
        return node.index;
    }

    private Node newNode(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        int options = runnable.size();
        ShardRange range = depth == 0 ? shards.wholeTree() : shards.rangeBelow(path.getLast());
        if (!reducing) {
            Node node = new Node(0, options, null, List.of());
            node.backtrack.set(0, options);
            if (range.size() > 1) {
                shards.share(node, range, (BitSet) node.backtrack.clone());
            }
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
        BitSet awake = new BitSet();
        for (int i = 0; i < options; i++) {
            if (!node.disabled.get(i) && !node.sleeps(ids[i])) {
                awake.set(i);
            }
        }
        node.redundant = redundant || awake.isEmpty();
        redundant = node.redundant;
        if (range.size() > 1) {
            shards.share(node, range, node.redundant ? new BitSet() : awake);
            return node;
        }
        node.index = Math.max(awake.nextSetBit(0), 0);
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

    @Override
    public void stepped(StepFootprint step) {
        Node node = awaitingStep;
        if (awaitingStep != null) {
            awaitingStep.taken = step;
            awaitingStep = null;
        }
        asleep.removeIf(sleeping -> Independence.dependent(sleeping, step));
        if (!reducing || redundant || foreign) {
            // Past a decision where every task slept, the run repeats an explored one: its races
            // were reversed there. Past a probe, the run is in another shard's part.
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
     * step that was the only choice has no decision to add to, nor one shared with other shards.
     */
    private void reverse(int i, StepFootprint e) {
        Node node = chosenAt.get(i);
        if (node == null) {
            return;
        }
        BitSet backtrack = node.shared() ? shards.raceTarget(node) : node.backtrack;
        int option = node.optionOf(e.task());
        if (option >= 0 && !node.disabled.get(option)) {
            backtrack.set(option);
        } else if (races.enabledAfter(i)) {
            return;
        } else {
            for (int other = 0; other < node.options; other++) {
                if (!node.disabled.get(other)) {
                    backtrack.set(other);
                }
            }
        }
        // At a shared decision, an option a race asks for that no shard was dealt must still be searched.
        if (node.shared()) {
            shards.asked(node, backtrack);
        }
    }

    @Override
    public void endExecution() {
        // Drop decisions past where this execution ended, then move to the next sibling.
        while (path.size() > depth) {
            path.removeLast();
        }
        if (shards.endExecution(path)) {
            return;
        }
        while (!path.isEmpty()) {
            Node last = path.removeLast();
            if (last.redundant) {
                skippedByReduction += last.shared() ? last.sharing.skippedHere : last.options - 1;
                continue;
            }
            if (last.taken != null) {
                last.done.add(last.taken);
                last.taken = null;
            }
            if (last.index >= 0) {
                last.explored.set(last.index);
            }
            int next = nextAction(last);
            if (next >= 0) {
                last.index = next;
                path.add(last);
                return;
            }
            if (reducing) {
                skippedByReduction += last.shared() ? last.sharing.skippedHere : last.options - last.explored.cardinality();
            }
        }
        exhausted = true;
    }

    /** The next option to run at {@code node} within the delay bound (counting the path above it), or -1. */
    private int nextAction(Node node) {
        for (int next = nextOption(node); next >= 0; next = nextOption(node)) {
            if (next == 0 || countDelays() + 1 <= delayBound) {
                return next;
            }
            node.explored.set(next);
            prunedByBound++;
        }
        return -1;
    }

    /** The next option to explore at {@code node}: in its backtrack set, not explored, its task awake; or -1. */
    private int nextOption(Node node) {
        for (int next = node.backtrack.nextSetBit(0); next >= 0; next = node.backtrack.nextSetBit(next + 1)) {
            if (!node.explored.get(next) && !node.disabled.get(next) && !(reducing && node.sleeps(node.runnable[next]))) {
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
        return new DfsStatistics(exhausted, delayBound, prunedByBound, reducing, skippedByReduction, frontier(),
                shards.surveys(), exhausted && shards.noOwnExecution());
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
            if (node.index >= 0) {
                open.clear(node.index);
            }
            count += open.cardinality();
        }
        return count;
    }
}
