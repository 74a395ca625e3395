package dev.interleave.internal.strategy;

import java.util.List;

/**
 * The default: FIFO once (asyncio's own order), then random walks, PCT of depths 2 and 3, POS and
 * the selective uniform walk, each execution from its own seed, with the budget moving toward the
 * members that reach new behaviour. Random walks find shallow races at once; PCT finds bugs that
 * need a task held back across several of its steps; POS samples orders of the steps that touch
 * the same synchronizers more evenly than a random walk; SURW reaches a short window inside one of
 * many tasks, which the others almost never do.
 *
 * <p>The selective uniform walk leads: it runs the first execution after FIFO's and every other
 * one after that. It samples interleavings about uniformly, so a bug that needs a few steps in a
 * given order is as likely under it as under any member and far likelier when there are many
 * tasks (its paper, ASPLOS 2025, found more SCTBench and JaConTeBe bugs, in fewer executions,
 * than random walks, PCT and POS); on 20 bug programs of bench/peers its median executions to the
 * first failure were the fewest of the members, or one more, on 17, and leading with it cut the
 * portfolio's median on 10 of them (docs/performance.md). The other half of the executions
 * keeps the other members' strengths (PCT's few held-back tasks, POS's even orders of racing
 * steps): each of the others runs once, then each of those executions goes to the member with the
 * best upper confidence bound (UCB1, as a multi-armed bandit) on the chance that its execution
 * shows an interaction between tasks that no execution showed before ({@link Interactions}): a
 * member whose executions keep showing new orders gets more of them, and none is starved. The
 * choice depends only on the executions before it, so the same seed explores the same schedules,
 * and a failure replays from its schedule's choices, whichever member made them.
 */
public final class PortfolioStrategy implements Strategy {

    private final List<Strategy> members;
    private final boolean learning;
    /** The member that runs every other execution, or -1 (then the bandit chooses them all). */
    private final int lead;
    private final Interactions interactions = new Interactions();
    private final long[] runs;
    private final long[] rewarded;
    private long learned;
    private Strategy current;
    private int currentMember = -1;

    public PortfolioStrategy(long seed) {
        this(seed, true);
    }

    /** Without {@code learning}, the members take turns (to measure what learning brings). */
    PortfolioStrategy(long seed, boolean learning) {
        this(List.of(new SurwStrategy(seed), new RandomStrategy(seed), new PctStrategy(seed, 2),
                new PctStrategy(seed, 3), new PosStrategy(seed)), learning, learning ? 0 : -1);
    }

    /** A portfolio of other members, none leading (for tests of how it divides the budget). */
    PortfolioStrategy(List<Strategy> members, boolean learning) {
        this(members, learning, -1);
    }

    private PortfolioStrategy(List<Strategy> members, boolean learning, int lead) {
        this.members = List.copyOf(members);
        this.learning = learning;
        this.lead = lead;
        this.runs = new long[members.size()];
        this.rewarded = new long[members.size()];
        this.current = new FifoStrategy();
    }

    @Override
    public void beginExecution(long index) {
        if (index == 0) {
            currentMember = -1;
            current = new FifoStrategy();
        } else {
            currentMember = next();
            current = members.get(currentMember);
        }
        interactions.beginExecution();
        current.beginExecution(index);
    }

    /**
     * The member for the next execution: the lead every other time; otherwise each member once,
     * then the best upper confidence bound (ties: the first).
     */
    private int next() {
        if (!learning) {
            return (int) (learned % members.size());
        }
        if (lead >= 0 && learned % 2 == 0) {
            return lead;
        }
        for (int m = 0; m < members.size(); m++) {
            if (runs[m] == 0) {
                return m;
            }
        }
        int best = 0;
        double bestBound = -1;
        for (int m = 0; m < members.size(); m++) {
            double bound = (double) rewarded[m] / runs[m] + Math.sqrt(2 * Math.log(learned) / runs[m]);
            if (bound > bestBound) {
                best = m;
                bestBound = bound;
            }
        }
        return best;
    }

    /** The member whose execution runs now, for tests; -1 for FIFO's. */
    int currentMember() {
        return currentMember;
    }

    @Override
    public int choose(DecisionPoint point) {
        return current.choose(point);
    }

    /** Always: the interactions an execution shows are what the portfolio learns from. */
    @Override
    public boolean wantsFootprints() {
        return learning || current.wantsFootprints();
    }

    @Override
    public void stepped(StepFootprint step) {
        if (learning) {
            interactions.used(step.task(), step.accesses());
        }
        if (current.wantsFootprints()) {
            current.stepped(step);
        }
    }

    @Override
    public void stepsTaken(int[] stepsByTask) {
        current.stepsTaken(stepsByTask);
    }

    @Override
    public void endExecution() {
        current.endExecution();
        if (currentMember >= 0) {
            runs[currentMember]++;
            learned++;
            if (interactions.newInExecution() > 0) {
                rewarded[currentMember]++;
            }
        }
    }
}
