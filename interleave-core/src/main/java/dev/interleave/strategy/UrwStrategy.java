package dev.interleave.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Uniform random walk (Zhao, Wolff, Mathur and Roychoudhury, "Selectively Uniform Concurrency
 * Testing", ASPLOS 2025). A random walk picks each runnable task with the same chance, so among
 * many tasks a short one almost always runs early, and a schedule where it runs inside a window
 * of one of 99 others, after many of their steps, is almost never drawn. Choosing each task in
 * proportion to the steps it has left makes every interleaving of the tasks' steps equally likely,
 * when the counts are right and no task blocks.
 *
 * <p>The counts are estimates learned from the executions so far ({@link EventEstimates}): the
 * first execution knows none and is a plain random walk. A task that has not been seen weighs 1,
 * and a runnable task always weighs at least 1. A task's estimate includes the tasks it will
 * start, whose estimates move from it to them when they appear. Within an execution the strategy
 * sees steps only at decisions: a step between two decisions is counted off the task chosen at the
 * first one, and the steps when only one task could run off the task that ran last.
 */
public final class UrwStrategy implements Strategy {

    private final long seed;
    private final EventEstimates estimates = new EventEstimates();
    /** The steps each task seen in this execution has left, by the estimates. */
    private final Map<Integer, Long> remaining = new HashMap<>();
    private SplittableRandom random;
    private int stepsCounted;
    private int lastChosen;

    public UrwStrategy(long seed) {
        this.seed = seed;
        beginExecution(0);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
        estimates.begin();
        remaining.clear();
        stepsCounted = 0;
        lastChosen = -1;
    }

    @Override
    public int choose(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        int last = point.lastTask();
        if (last >= 0) {
            remaining.computeIfAbsent(last, this::estimate);
        }
        for (int task : runnable) {
            if (!remaining.containsKey(task)) {
                appeared(task, last);
            }
        }
        countSteps(point);
        long total = 0;
        for (int task : runnable) {
            total += remaining.get(task);
        }
        long draw = random.nextLong(total);
        int index = 0;
        for (long seen = remaining.get(runnable.get(0)); seen <= draw; seen += remaining.get(runnable.get(index))) {
            index++;
        }
        lastChosen = runnable.get(index);
        return index;
    }

    private void countSteps(DecisionPoint point) {
        int steps = point.step() - stepsCounted;
        stepsCounted = point.step();
        if (lastChosen >= 0 && steps > 0) {
            ran(lastChosen, 1);
            steps--;
        }
        if (point.lastTask() >= 0 && steps > 0) {
            ran(point.lastTask(), steps);
        }
    }

    private void ran(int task, int steps) {
        remaining.computeIfPresent(task, (t, left) -> Math.max(1, left - steps));
    }

    /**
     * A task is seen for the first time in this execution: the task that ran last started it (the
     * decision after a start comes before the started task's first step). Its steps are no longer
     * the parent's to take.
     */
    private void appeared(int task, int parent) {
        long estimate = estimate(task);
        remaining.put(task, estimate);
        if (parent >= 0) {
            estimates.started(task, parent);
            remaining.computeIfPresent(parent, (p, left) -> Math.max(1, left - estimate));
        }
    }

    private long estimate(int task) {
        return Math.max(1, estimates.estimate(task));
    }

    @Override
    public void stepsTaken(int[] stepsByTask) {
        estimates.end(stepsByTask);
    }
}
