package dev.interleave.internal.strategy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What this shard knows of a decision it shares with other shards of a split depth-first search
 * ({@link DfsSharing}): the pieces that share it, its survey so far, and once dealt, who takes each
 * option. Kept apart from the search's own record of the decision, which every decision has, because
 * only the few decisions at the top of a split tree are shared.
 */
final class SharedDecision {

    /** The pieces that share it. */
    final ShardRange range;
    /** Its options that are enabled and awake: those a survey or a race may ask for. */
    final BitSet explorable;
    /** It runs once its first option and each one the races found ask for, before they are dealt. */
    boolean surveying;
    /** Per option, its survey's guess of the size of its subtree. */
    final double[] estimates;
    /** Per option, the first step of its subtree (learnt by the survey). */
    final StepFootprint[] firstSteps;
    /** While surveying: the options the reduction adds here (the next to survey). */
    final BitSet raced = new BitSet();
    /** The options surveyed, in order: those dealt out. */
    final List<Integer> surveyed = new ArrayList<>();
    /**
     * Once dealt: who takes each option (null: nobody). The decision's backtrack set is then fixed:
     * the options whose pieces include one of this shard's.
     */
    ShardRange[] shards;
    /** Options no shard explores here (disabled or asleep), counted by the range's first shard only. */
    int skippedHere;

    SharedDecision(ShardRange range, BitSet explorable, int options) {
        this.range = range;
        this.explorable = explorable;
        this.firstSteps = new StepFootprint[options];
        this.estimates = new double[options];
    }

    /**
     * What sleeps below option {@code taken}, besides what slept at the decision: the first steps of
     * the options surveyed before it (some shard searches each); below an option found later, those
     * of every option surveyed and of the options this shard searched here before ({@code done}).
     */
    List<StepFootprint> sleepingBelow(int taken, List<StepFootprint> done) {
        List<StepFootprint> steps = new ArrayList<>();
        for (int option : surveyed) {
            if (option == taken) {
                return steps;
            }
            if (firstSteps[option] != null) {
                // (A lone option is dealt without a survey: no option comes before it.)
                steps.add(firstSteps[option]);
            }
        }
        steps.addAll(done);
        return steps;
    }

    /**
     * A race below the dealt decision asks for options here: those not surveyed (no shard was dealt
     * them) this shard searches itself, as its own part, adding them to {@code backtrack}. Another
     * shard may find the same option and search it too: that repeats work, and loses none.
     */
    void discover(BitSet wanted, BitSet backtrack) {
        for (int option = wanted.nextSetBit(0); option >= 0; option = wanted.nextSetBit(option + 1)) {
            if (!surveyed.contains(option) && !backtrack.get(option)) {
                backtrack.set(option);
                shards[option] = null;
            }
        }
    }

    /** The sum of the surveys' guesses: the estimated size of the decision's subtree. */
    double totalEstimate() {
        double total = 0;
        for (double each : estimates) {
            total += each;
        }
        return total;
    }
}
