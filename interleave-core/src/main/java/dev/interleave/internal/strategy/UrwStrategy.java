package dev.interleave.internal.strategy;

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
 * first execution knows none and is a plain random walk. A task's estimate includes the tasks it
 * will start, whose estimates move from it to them when they appear. Within an execution the
 * strategy sees steps only at decisions: a step between two decisions is counted off the task
 * chosen at the first one, and the steps when only one task could run off the task that ran last.
 */
public final class UrwStrategy implements Strategy {

    private final long seed;
    private final RemainingEvents events = new RemainingEvents();
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
        events.begin();
        stepsCounted = 0;
        lastChosen = -1;
    }

    @Override
    public int choose(DecisionPoint point) {
        events.see(point.runnable(), point.lastTask());
        int steps = point.step() - stepsCounted;
        stepsCounted = point.step();
        if (lastChosen >= 0 && steps > 0) {
            events.ran(lastChosen, 1);
            steps--;
        }
        if (point.lastTask() >= 0 && steps > 0) {
            events.ran(point.lastTask(), steps);
        }
        int index = events.draw(point.runnable(), random);
        lastChosen = point.runnable().get(index);
        return index;
    }

    @Override
    public void stepsTaken(int[] stepsByTask) {
        events.end(stepsByTask);
    }
}
