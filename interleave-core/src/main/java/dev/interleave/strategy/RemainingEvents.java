package dev.interleave.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The events each task of an execution has left, by the estimates of the executions before it:
 * the weights of the uniform random walks ({@link UrwStrategy}, {@link SurwStrategy}), which count
 * different events. A task not seen before weighs 1, and a runnable task always weighs at least 1.
 */
final class RemainingEvents {

    private final EventEstimates estimates = new EventEstimates();
    private final Map<Integer, Long> remaining = new HashMap<>();

    void begin() {
        estimates.begin();
        remaining.clear();
    }

    /**
     * The tasks of a decision: one seen for the first time in this execution was started by the
     * task that ran last (the decision after a start comes before the started task's first step),
     * and its events are no longer the parent's to take.
     */
    void see(List<Integer> runnable, int lastTask) {
        if (lastTask >= 0) {
            remaining.computeIfAbsent(lastTask, this::estimate);
        }
        for (int task : runnable) {
            if (!remaining.containsKey(task)) {
                long estimate = estimate(task);
                remaining.put(task, estimate);
                if (lastTask >= 0) {
                    estimates.started(task, lastTask);
                    remaining.computeIfPresent(lastTask, (p, left) -> Math.max(1, left - estimate));
                }
            }
        }
    }

    /** {@code task} took {@code events} events. */
    void ran(int task, int events) {
        remaining.computeIfPresent(task, (t, left) -> Math.max(1, left - events));
    }

    /** One of {@code tasks} (all seen), drawn in proportion to the events each has left: its index. */
    int draw(List<Integer> tasks, SplittableRandom random) {
        long total = 0;
        for (int task : tasks) {
            total += remaining.get(task);
        }
        long draw = random.nextLong(total);
        int index = 0;
        for (long seen = remaining.get(tasks.get(0)); seen <= draw; seen += remaining.get(tasks.get(index))) {
            index++;
        }
        return index;
    }

    /** The execution ended with these events by task id: they join the estimates. */
    void end(int[] eventsByTask) {
        estimates.end(eventsByTask);
    }

    private long estimate(int task) {
        return Math.max(1, estimates.estimate(task));
    }
}
