package dev.interleave.internal.strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010). Each task gets a random
 * priority when first seen, and the highest-priority runnable task runs; at {@code depth - 1}
 * random decisions the running task's priority drops below all others. A bug of depth d among n
 * tasks and k decisions is found with probability at least 1/(n k^(d-1)) per execution. The
 * number of decisions k is learned from the executions so far.
 *
 * <p>A task that yields drops below every other task, as at a change point: {@code Thread.yield()}
 * asks others to go first, and a spin-wait that yields would otherwise never let the task it waits
 * for run, a livelock that is PCT's and not the program's. So does a task chosen at
 * {@value #STARVATION_DECISIONS} decisions in a row while others could run: in sync and preemptive
 * modes a spin-wait stops at a point in every round without yielding (a retry under a lock), and an
 * operating system would let the others run meanwhile.
 */
public final class PctStrategy implements Strategy {

    private static final int INITIAL_DECISION_ESTIMATE = 16;
    /** Decisions in a row for one task, others runnable, after which it drops below them. */
    static final int STARVATION_DECISIONS = 1_000;

    private final long seed;
    private final int depth;
    private final Map<Integer, Integer> priorities = new HashMap<>();
    private final int[] changePoints;
    private SplittableRandom random;
    private int decisionEstimate = INITIAL_DECISION_ESTIMATE;
    private int decisions;
    private int nextPriority;
    private int lowestPriority;
    private int lastChosen = -1;
    private int chosenInARow;

    public PctStrategy(long seed, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("PCT depth must be at least 1");
        }
        this.seed = seed;
        this.depth = depth;
        this.changePoints = new int[depth - 1];
        beginExecution(0);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
        priorities.clear();
        decisions = 0;
        nextPriority = depth;
        lowestPriority = 0;
        lastChosen = -1;
        chosenInARow = 0;
        for (int i = 0; i < changePoints.length; i++) {
            changePoints[i] = 1 + random.nextInt(decisionEstimate);
        }
    }

    @Override
    public int choose(DecisionPoint point) {
        if (point.lastYielded()) {
            priorities.put(point.lastTask(), --lowestPriority);
        }
        if (chosenInARow >= STARVATION_DECISIONS) {
            priorities.put(lastChosen, --lowestPriority);
            chosenInARow = 0;
        }
        int best = 0;
        int bestPriority = Integer.MIN_VALUE;
        for (int i = 0; i < point.runnable().size(); i++) {
            Integer task = point.runnable().get(i);
            Integer known = priorities.get(task);
            int priority = known != null ? known : freshPriority();
            if (known == null) {
                priorities.put(task, priority);
            }
            if (priority > bestPriority) {
                bestPriority = priority;
                best = i;
            }
        }
        decisions++;
        for (int i = 0; i < changePoints.length; i++) {
            if (changePoints[i] == decisions) {
                priorities.put(point.runnable().get(best), i);
            }
        }
        int chosen = point.runnable().get(best);
        chosenInARow = chosen == lastChosen ? chosenInARow + 1 : 1;
        lastChosen = chosen;
        return best;
    }

    /** A new task's priority: random among the tasks seen so far, all above the change points'. */
    private int freshPriority() {
        // Distinct random priorities: draw a rank and shift the others up.
        int rank = depth + random.nextInt(++nextPriority - depth);
        for (Map.Entry<Integer, Integer> entry : priorities.entrySet()) {
            if (entry.getValue() >= rank) {
                entry.setValue(entry.getValue() + 1);
            }
        }
        return rank;
    }

    @Override
    public void endExecution() {
        decisionEstimate = Math.max(decisionEstimate, decisions);
    }
}
