package dev.interleave.internal.strategy;

import dev.interleave.internal.strategy.DfsStrategy.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How the shards of a split depth-first search share its tree's top decisions and deal them out.
 * It exists so that {@link DfsStrategy} keeps the search and its reduction, and only asks here which
 * shards take a subtree, what sleeps below a shared decision, and what an execution that surveyed
 * one leaves to search next.
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
final class DfsSharing {

    /** Enough pieces per shard that the last few, dealt by a rough guess of their size, even out. */
    private static final int PIECES_PER_SHARD = 32;
    /** A piece should be worth more schedules than sharing its decisions costs (a survey per option and shard). */
    private static final double MIN_ESTIMATE_PER_PIECE = 50;

    private final int shardIndex;
    private final int shardCount;
    private final boolean reducing;
    /** The pieces a reduced tree is dealt into ({@link #PIECES_PER_SHARD} per shard); piece v is shard v % shardCount's. */
    private final int pieces;
    /** The search's next option at a decision within its delay bound, or -1: where a shard goes once a decision is dealt. */
    private final ToIntFunction<Node> nextAction;
    /** This execution surveys an option of a shared decision: what it finds above that decision, the option's owner finds again. */
    private boolean inSurvey;
    /** The races found above the decision surveyed: the options they ask for, should the survey prove to be this shard's own. */
    private final List<Map.Entry<Node, BitSet>> heldBack = new ArrayList<>();
    /** Executions that only surveyed a shared decision (each one repeats a schedule of the option's owner). */
    private long surveys;
    /** Executions in this shard's own part. */
    private long own;

    DfsSharing(int shardIndex, int shardCount, boolean reducing, ToIntFunction<Node> nextAction) {
        this.shardIndex = shardIndex;
        this.shardCount = shardCount;
        this.reducing = reducing;
        this.pieces = reducing && shardCount > 1 ? shardCount * PIECES_PER_SHARD : shardCount;
        this.nextAction = nextAction;
    }

    void beginExecution() {
        inSurvey = false;
        heldBack.clear();
    }

    /** The pieces that share the first decision: all of them. */
    ShardRange wholeTree() {
        return new ShardRange(0, pieces);
    }

    /** The pieces that take the option chosen at {@code parent}: this shard's alone below its own part. */
    ShardRange rangeBelow(Node parent) {
        ShardRange dealt = !parent.shared() || parent.sharing.shards == null ? null : parent.sharing.shards[parent.index];
        return dealt == null ? new ShardRange(shardIndex, shardIndex + 1) : dealt;
    }

    /**
     * Makes {@code node} a decision shared with the other shards of {@code range}. Without the
     * reduction its options are dealt out at once. With it, when more than one option is
     * explorable, every shard of the range first surveys them (see the class comment), and the
     * options are dealt when the last survey ends. With no option of its own, the node's index is
     * -1 and the execution runs on as another's.
     */
    void share(Node node, ShardRange range, BitSet explorable) {
        SharedDecision shared = new SharedDecision(range, explorable, node.options);
        node.sharing = shared;
        if (reducing && explorable.cardinality() > 1) {
            shared.surveying = true;
            node.index = explorable.nextSetBit(0);
            node.backtrack.set(node.index);
            return;
        }
        if (reducing && !explorable.isEmpty()) {
            shared.surveyed.add(explorable.nextSetBit(0));
        }
        shared.shards = range.deal(explorable, node.options);
        take(node);
    }

    /** After the deal: this shard's options (and those it shares) are the node's backtrack set; goes to the first. */
    private void take(Node node) {
        SharedDecision shared = node.sharing;
        node.backtrack.clear();
        for (int option = 0; option < node.options; option++) {
            if (shared.shards[option] != null && owns(shared.shards[option])) {
                node.backtrack.set(option);
            }
        }
        if (reducing && firstPieceIsThisShards(shared.range)) {
            shared.skippedHere = node.redundant ? node.options - 1 : node.options - shared.explorable.cardinality();
        }
        node.index = nextAction.applyAsInt(node);
    }

    /** Whether one of the pieces of {@code range} is this shard's. */
    private boolean owns(ShardRange range) {
        return Math.floorMod(shardIndex - range.lo(), shardCount) < range.size();
    }

    private boolean firstPieceIsThisShards(ShardRange range) {
        return Math.floorMod(range.lo(), shardCount) == shardIndex;
    }

    /** The execution chose an option at {@code node}: past a decision being surveyed, it is a survey. */
    void chose(Node node) {
        inSurvey |= node.shared() && node.sharing.surveying;
    }

    /**
     * Where a race adds the options it asks for at shared {@code node}: while surveying, the
     * options to survey next; once dealt, a set of its own that {@link #asked} then looks at.
     */
    BitSet raceTarget(Node node) {
        return node.sharing.surveying ? node.sharing.raced : new BitSet();
    }

    /**
     * A race asked for {@code wanted} at shared {@code node}. Once the node is dealt, this shard
     * searches what no shard was dealt ({@link SharedDecision#discover}), unless this execution is
     * a survey: then that waits until the survey proves to be this shard's own.
     */
    void asked(Node node, BitSet wanted) {
        if (node.sharing.surveying) {
            return;
        }
        if (inSurvey) {
            heldBack.add(Map.entry(node, wanted));
        } else {
            node.sharing.discover(wanted, node.backtrack);
        }
    }

    /** Executions that only surveyed a shared decision. */
    long surveys() {
        return surveys;
    }

    /** Whether no execution so far was in this shard's own part. */
    boolean noOwnExecution() {
        return own == 0;
    }

    /**
     * After an execution (the decisions past its end already dropped from {@code path}): counts it
     * as a survey or as this shard's own, and when it surveyed an option of a shared decision,
     * records the option's first step and estimated size, drops the decisions below, and goes to
     * the next option to survey, or deals the options out. False when the path has no decision
     * surveying, or this shard has nothing under the decision just dealt: the search then goes on
     * as after any execution.
     */
    boolean endExecution(List<Node> path) {
        if (inSurvey) {
            surveys++;
        } else {
            own++;
        }
        int at = path.size() - 1;
        while (at >= 0 && !(path.get(at).shared() && path.get(at).sharing.surveying)) {
            at--;
        }
        if (at < 0) {
            return false;
        }
        Node node = path.get(at);
        SharedDecision shared = node.sharing;
        double estimate = 1;
        for (Node below : path.subList(at + 1, path.size())) {
            estimate = Math.min(estimate * branches(below), 1e300);
        }
        shared.estimates[node.index] = estimate;
        shared.surveyed.add(node.index);
        shared.raced.and(shared.explorable);
        BitSet toSurvey = (BitSet) shared.raced.clone();
        for (int option : shared.surveyed) {
            toSurvey.clear(option);
        }
        if (shared.surveyed.size() == 1 && useful(shared, estimate * (1 + toSurvey.cardinality())) == 1) {
            // Too small to be worth sharing: the first piece's shard searches it as its own, reduction and all.
            unshare(path, at);
            return false;
        }
        shared.firstSteps[node.index] = node.taken;
        node.taken = null;
        dropBelow(path, at);
        int next = toSurvey.nextSetBit(0);
        if (next >= 0) {
            node.index = next;
            node.backtrack.set(next);
            return true;
        }
        int useful = useful(shared, shared.totalEstimate());
        BitSet surveyed = new BitSet();
        shared.surveyed.forEach(surveyed::set);
        shared.shards = new ShardRange(shared.range.lo(), shared.range.lo() + useful).deal(surveyed, shared.estimates);
        shared.surveying = false;
        take(node);
        return node.index >= 0;
    }

    /** How many of a shared decision's pieces its estimated size is worth. */
    private static int useful(SharedDecision shared, double estimate) {
        return (int) Math.max(1, Math.min(shared.range.size(), estimate / MIN_ESTIMATE_PER_PIECE));
    }

    /**
     * Gives the decision being surveyed at {@code path[at]}, after its first option's survey, to its
     * first piece's shard alone: there it becomes an unshared decision whose first option has just
     * been searched (with the reduction's additions found meanwhile); elsewhere nothing under it is
     * left to search.
     */
    private void unshare(List<Node> path, int at) {
        Node node = path.get(at);
        SharedDecision shared = node.sharing;
        shared.surveying = false;
        node.backtrack.clear();
        if (firstPieceIsThisShards(shared.range)) {
            node.sharing = null;
            surveys--;
            own++;
            node.backtrack.set(node.index);
            node.backtrack.or(shared.raced);
            heldBack.forEach(held -> held.getKey().sharing.discover(held.getValue(), held.getKey().backtrack));
            return;
        }
        shared.shards = new ShardRange[node.options];
        node.taken = null;
        dropBelow(path, at);
    }

    private static void dropBelow(List<Node> path, int at) {
        while (path.size() > at + 1) {
            path.removeLast();
        }
    }

    /** How many options the search will explore at {@code node}, as far as one execution showed. */
    private static int branches(Node node) {
        if (node.redundant) {
            return 1;
        }
        int count = 0;
        for (int option = node.backtrack.nextSetBit(0); option >= 0; option = node.backtrack.nextSetBit(option + 1)) {
            if (!node.disabled.get(option) && !node.sleeps(node.runnable[option])) {
                count++;
            }
        }
        return Math.max(count, 1);
    }
}
