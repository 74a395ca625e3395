package dev.interleave.internal.strategy;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Partial-order sampling (Yuan et al., CAV 2018). Every task's pending step has a random priority
 * and the highest-priority runnable task runs. A priority is drawn when its step becomes pending
 * (its task has just run, or was woken) and drawn again when a step that races with it runs: one
 * that its task's last footprint, or the access it stopped before, depends on. Unlike a random
 * walk, a task keeps its priority while unrelated steps run, so that their orders are not sampled
 * over and over.
 *
 * <p>A task that yields asked the others to go first: its next step is placed below every other
 * runnable task's. Fray's POS instead takes the yielder's next step for non-racing and runs it
 * again at once, which makes the yield a no-op and misses the document's race.
 */
public final class PosStrategy implements Strategy {

    private final long seed;
    private final Map<Integer, Double> priorities = new HashMap<>();
    /** Each task's last step: its pending step goes on from there. */
    private final Map<Integer, StepFootprint> lastSteps = new HashMap<>();
    private SplittableRandom random;

    public PosStrategy(long seed) {
        this.seed = seed;
        beginExecution(0);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
        priorities.clear();
        lastSteps.clear();
    }

    @Override
    public boolean wantsFootprints() {
        return true;
    }

    @Override
    public void stepped(StepFootprint step) {
        priorities.remove(step.task());
        lastSteps.put(step.task(), step);
        // Pending steps that race with this one are drawn again.
        for (Iterator<Integer> task = priorities.keySet().iterator(); task.hasNext(); ) {
            StepFootprint last = lastSteps.get(task.next());
            if (last == null || Independence.pendingDependent(last, step)) {
                task.remove();
            }
        }
    }

    @Override
    public int choose(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        int yielder = point.lastYielded() ? point.lastTask() : -1;
        int best = -1;
        double bestPriority = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runnable.size(); i++) {
            int task = runnable.get(i);
            if (task == yielder) {
                continue;
            }
            Double drawn = priorities.get(task);
            double priority = drawn != null ? drawn : random.nextDouble();
            if (drawn == null) {
                priorities.put(task, priority);
            }
            lowest = Math.min(lowest, priority);
            if (priority > bestPriority) {
                bestPriority = priority;
                best = i;
            }
        }
        if (runnable.contains(yielder)) {
            priorities.put(yielder, lowest - 1 - random.nextDouble());
        }
        return best;
    }
}
