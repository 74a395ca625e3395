package dev.interleave.strategy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

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
 * <p>Shards split the tree without talking to each other: every shard that shares a decision has
 * run the same executions up to it, so each computes the same deal ({@link ShardRange}). Without
 * the reduction the first decisions' options are dealt out in turn. With it, the tree is dealt in
 * pieces, {@link #PIECES_PER_SHARD} per shard (piece v is shard v mod n's), by the estimated size
 * of the subtrees. A decision that several pieces share is first surveyed: each shard sharing it
 * runs once the option the search takes first and then each option the races found by those runs
 * ask for there (the options the reduction would search, as far as one execution under each shows),
 * learning each option's first step and a guess of its subtree's size: the product, over the
 * decisions below, of the options that execution's races asked for. The surveyed options are then
 * dealt out in proportion to their guesses, one piece per {@link #MIN_ESTIMATE_PER_PIECE} estimated
 * schedules at most: an option given several pieces is surveyed and dealt again one decision down;
 * one given one piece is searched by that piece's shard as above. A decision whose first survey
 * guesses it worth one piece at most is its first piece's shard's alone, searched with the
 * reduction from that survey on: the other shards have nothing under it, and a shard whose part is
 * empty ends after the one execution that showed it. Below an option dealt out, the first steps of
 * the options surveyed before it sleep, as if this shard had searched them (some shard does). A race
 * found later that asks a shared decision for an option no shard was dealt makes the shard that
 * found it search that option too, with every surveyed option's first step asleep: two shards may
 * both find it and both search it, which repeats work and loses none. A survey's races above the
 * decision surveyed are left to its piece's shard, whose first execution there is the same one.
 * A shard's search is exhausted when its own subtrees are.
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
        /** When other shards share this decision: the pieces that share it (null in this shard's own part). */
        ShardRange range;
        /** A shared decision's options that are enabled and awake: those a survey or a race may ask for. */
        BitSet explorable;
        /** A shared decision runs once its first option and each one the races found ask for, before they are dealt. */
        boolean surveying;
        /** Per option of a shared decision, its survey's guess of the size of its subtree. */
        double[] estimates;
        /** Per option of a shared decision, the first step of its subtree (learnt by the survey). */
        StepFootprint[] firstSteps;
        /** While surveying: the options the reduction adds here (the next to survey). */
        final BitSet raced = new BitSet();
        /** The options surveyed, in order: those dealt out. */
        final List<Integer> surveyed = new ArrayList<>();
        /**
         * Once dealt: who takes each option (null: nobody). Its backtrack set is then fixed: the
         * options whose pieces include one of this shard's.
         */
        ShardRange[] shards;
        /** Options no shard explores here (disabled or asleep), counted by the range's first shard only. */
        int skippedHere;

        Node(int index, int options, int[] runnable, List<StepFootprint> sleep) {
            this.index = index;
            this.options = options;
            this.runnable = runnable;
            this.sleep = sleep;
        }

        boolean shared() {
            return range != null;
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
    /** The pieces a reduced tree is dealt into ({@link #PIECES_PER_SHARD} per shard); piece v is shard v % shardCount's. */
    private final int pieces;
    private final boolean reducing;
    private final List<Node> path = new ArrayList<>();
    private List<StepFootprint> asleep = new ArrayList<>();
    private Node awaitingStep;
    private boolean redundant;
    private int depth;
    private boolean exhausted;
    /** This execution went past a decision where this shard has nothing (every task there asleep): the rest repeats. */
    private boolean foreign;
    /** This execution surveys an option of a shared decision: what it finds above that decision, the option's owner finds again. */
    private boolean inSurvey;
    /** The races found above the decision surveyed: the options they ask for, should the survey prove to be this shard's own. */
    private final List<Map.Entry<Node, BitSet>> heldBack = new ArrayList<>();
    /** This execution's steps and their races (reducing only). */
    private final ExecutionRaces races = new ExecutionRaces();
    /** Per step of this execution, the decision that chose it, or null when it was the only choice. */
    private final List<Node> chosenAt = new ArrayList<>();
    private long prunedByBound;
    private long skippedByReduction;
    /** Executions that only surveyed a shared decision (each one repeats a schedule of the option's owner). */
    private long surveys;
    /** Executions in this shard's own part. */
    private long own;

    /** Enough pieces per shard that the last few, dealt by a rough guess of their size, even out. */
    private static final int PIECES_PER_SHARD = 32;
    /** A piece should be worth more schedules than sharing its decisions costs (a survey per option and shard). */
    private static final double MIN_ESTIMATE_PER_PIECE = 50;

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
        this.pieces = reducing && shardCount > 1 ? shardCount * PIECES_PER_SHARD : shardCount;
    }

    @Override
    public void beginExecution(long index) {
        depth = 0;
        asleep = new ArrayList<>();
        awaitingStep = null;
        redundant = false;
        foreign = false;
        inSurvey = false;
        heldBack.clear();
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
            asleep.addAll(node.shared() ? sleepingAtShared(node) : node.done);
            asleep.removeIf(step -> step.task() == chosen);
            awaitingStep = node;
            inSurvey |= node.surveying;
        }
        return node.index;
    }

    private Node newNode(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        int options = runnable.size();
        ShardRange range = depth == 0 ? new ShardRange(0, pieces) : childRange(path.getLast());
        if (!reducing) {
            Node node = new Node(0, options, null, List.of());
            node.backtrack.set(0, options);
            return range.size() > 1 ? share(node, range, (BitSet) node.backtrack.clone()) : node;
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
            if (!node.disabled.get(i) && !isAsleep(node, ids[i])) {
                awake.set(i);
            }
        }
        node.redundant = redundant || awake.isEmpty();
        redundant = node.redundant;
        if (range.size() > 1) {
            return share(node, range, node.redundant ? new BitSet() : awake);
        }
        node.index = Math.max(awake.nextSetBit(0), 0);
        node.backtrack.set(node.index);
        return node;
    }

    /** The shards that take the option chosen at {@code parent}: this one alone below its own part. */
    private ShardRange childRange(Node parent) {
        ShardRange dealt = parent.shards == null ? null : parent.shards[parent.index];
        return dealt == null ? new ShardRange(shardIndex, shardIndex + 1) : dealt;
    }

    /**
     * What sleeps below the option taken at a shared decision, besides what slept there: the first
     * steps of the options surveyed before it (some shard searches each); below an option found
     * later, those of every option surveyed and of the options this shard searched there before.
     */
    private static List<StepFootprint> sleepingAtShared(Node node) {
        List<StepFootprint> steps = new ArrayList<>();
        for (int option : node.surveyed) {
            if (option == node.index) {
                return steps;
            }
            if (node.firstSteps[option] != null) {
                // (A lone option is dealt without a survey: no option comes before it.)
                steps.add(node.firstSteps[option]);
            }
        }
        steps.addAll(node.done);
        return steps;
    }

    /**
     * Makes {@code node} a decision shared with the other shards of {@code range}. Without the
     * reduction its options are dealt out at once. With it, when more than one option is
     * explorable, every shard of the range first surveys them (see the class comment), and the
     * options are dealt when the last survey ends. With no option of its own, the node's index is
     * -1 and the execution runs on as another's.
     */
    private Node share(Node node, ShardRange range, BitSet explorable) {
        node.range = range;
        node.explorable = explorable;
        node.firstSteps = new StepFootprint[node.options];
        node.estimates = new double[node.options];
        if (reducing && explorable.cardinality() > 1) {
            node.surveying = true;
            node.index = explorable.nextSetBit(0);
            node.backtrack.set(node.index);
            return node;
        }
        if (reducing && !explorable.isEmpty()) {
            node.surveyed.add(explorable.nextSetBit(0));
        }
        node.shards = range.deal(explorable, node.options);
        take(node);
        return node;
    }

    /** After the deal: this shard's options (and those it shares) are the node's backtrack set; goes to the first. */
    private void take(Node node) {
        node.backtrack.clear();
        for (int option = 0; option < node.options; option++) {
            if (node.shards[option] != null && owns(node.shards[option])) {
                node.backtrack.set(option);
            }
        }
        if (reducing && Math.floorMod(node.range.lo(), shardCount) == shardIndex) {
            node.skippedHere = node.redundant ? node.options - 1 : node.options - node.explorable.cardinality();
        }
        node.index = nextAction(node);
    }

    /** Whether one of the pieces of {@code range} is this shard's. */
    private boolean owns(ShardRange range) {
        return Math.floorMod(shardIndex - range.lo(), shardCount) < range.size();
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
        BitSet backtrack = node.surveying ? node.raced : node.shared() ? new BitSet() : node.backtrack;
        int option = node.optionOf(e.task());
        if (option >= 0 && !node.disabled.get(option)) {
            backtrack.set(option);
            return;
        }
        if (races.enabledAfter(i)) {
            return;
        }
        for (int other = 0; other < node.options; other++) {
            if (!node.disabled.get(other)) {
                backtrack.set(other);
            }
        }
        if (node.shared() && !node.surveying) {
            if (inSurvey) {
                heldBack.add(Map.entry(node, backtrack));
            } else {
                discover(node, backtrack);
            }
        }
    }

    /**
     * A race below a dealt shared decision asks for options there: those not surveyed (no shard
     * was dealt them) this shard searches itself, as its own part. Another shard may find the same
     * option and search it too: that repeats work, and loses none.
     */
    private static void discover(Node node, BitSet wanted) {
        for (int option = wanted.nextSetBit(0); option >= 0; option = wanted.nextSetBit(option + 1)) {
            if (!node.surveyed.contains(option) && !node.backtrack.get(option)) {
                node.backtrack.set(option);
                node.shards[option] = null;
            }
        }
    }

    @Override
    public void endExecution() {
        // Drop decisions past where this execution ended, then move to the next sibling.
        while (path.size() > depth) {
            path.removeLast();
        }
        if (inSurvey) {
            surveys++;
        } else {
            own++;
        }
        if (endSurvey()) {
            return;
        }
        while (!path.isEmpty()) {
            Node last = path.removeLast();
            if (last.redundant) {
                skippedByReduction += last.shared() ? last.skippedHere : last.options - 1;
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
                skippedByReduction += last.shared() ? last.skippedHere : last.options - last.explored.cardinality();
            }
        }
        exhausted = true;
    }

    /**
     * After an execution that surveyed an option of a shared decision: records the option's first
     * step and estimated size, drops the decisions below, and goes to the next option to survey,
     * or deals the options out. False when the path has no decision surveying, or this shard has
     * nothing under the decision just dealt: the search then goes on as after any execution.
     */
    private boolean endSurvey() {
        int at = path.size() - 1;
        while (at >= 0 && !path.get(at).surveying) {
            at--;
        }
        if (at < 0) {
            return false;
        }
        Node node = path.get(at);
        double estimate = 1;
        for (Node below : path.subList(at + 1, path.size())) {
            estimate = Math.min(estimate * branches(below), 1e300);
        }
        node.estimates[node.index] = estimate;
        node.surveyed.add(node.index);
        node.raced.and(node.explorable);
        BitSet toSurvey = (BitSet) node.raced.clone();
        for (int option : node.surveyed) {
            toSurvey.clear(option);
        }
        if (node.surveyed.size() == 1 && useful(node, estimate * (1 + toSurvey.cardinality())) == 1) {
            // Too small to be worth sharing: the first piece's shard searches it as its own, reduction and all.
            unshare(node, at);
            return false;
        }
        node.firstSteps[node.index] = node.taken;
        node.taken = null;
        while (path.size() > at + 1) {
            path.removeLast();
        }
        int next = toSurvey.nextSetBit(0);
        if (next >= 0) {
            node.index = next;
            node.backtrack.set(next);
            return true;
        }
        double total = 0;
        for (double each : node.estimates) {
            total += each;
        }
        int useful = useful(node, total);
        BitSet surveyed = new BitSet();
        node.surveyed.forEach(surveyed::set);
        node.shards = new ShardRange(node.range.lo(), node.range.lo() + useful).deal(surveyed, node.estimates);
        node.surveying = false;
        take(node);
        return node.index >= 0;
    }

    /** How many of a shared decision's pieces its estimated size is worth. */
    private static int useful(Node node, double estimate) {
        return (int) Math.max(1, Math.min(node.range.size(), estimate / MIN_ESTIMATE_PER_PIECE));
    }

    /**
     * Gives a decision being surveyed, after its first option's survey, to its first piece's shard
     * alone: there it becomes an unshared decision whose first option has just been searched (with
     * the reduction's additions found meanwhile); elsewhere nothing under it is left to search.
     */
    private void unshare(Node node, int at) {
        node.surveying = false;
        node.backtrack.clear();
        if (Math.floorMod(node.range.lo(), shardCount) == shardIndex) {
            node.range = null;
            surveys--;
            own++;
            node.backtrack.set(node.index);
            node.backtrack.or(node.raced);
            heldBack.forEach(held -> discover(held.getKey(), held.getValue()));
            return;
        }
        node.shards = new ShardRange[node.options];
        node.taken = null;
        while (path.size() > at + 1) {
            path.removeLast();
        }
    }

    /** How many options the search will explore at {@code node}, as far as one execution showed. */
    private int branches(Node node) {
        if (node.redundant) {
            return 1;
        }
        int count = 0;
        for (int option = node.backtrack.nextSetBit(0); option >= 0; option = node.backtrack.nextSetBit(option + 1)) {
            if (!node.disabled.get(option) && !isAsleep(node, node.runnable[option])) {
                count++;
            }
        }
        return Math.max(count, 1);
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
        return new DfsStatistics(exhausted, delayBound, prunedByBound, reducing, skippedByReduction, frontier(), surveys,
                exhausted && own == 0);
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
