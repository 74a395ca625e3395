package dev.interleave.internal.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The events each task of an execution has left, by the estimates of the executions before it:
 * the weights of the uniform random walks ({@link UrwStrategy}, {@link SurwStrategy}), which count
 * different events. A task not seen before weighs 1, and a runnable task always weighs at least 1.
 */
final class RemainingEvents {

    private final EventEstimates estimates = new EventEstimates();
    /** By task id: the events it has left, 0 for a task not seen yet in this execution (ids are small). */
    private long[] remaining = new long[16];

    void begin() {
        estimates.begin();
        Arrays.fill(remaining, 0);
    }

    /**
     * The tasks of a decision: one seen for the first time in this execution was started by the
     * task that ran last (the decision after a start comes before the started task's first step),
     * and its events are no longer the parent's to take.
     */
    void see(List<Integer> runnable, int lastTask) {
        if (lastTask >= 0 && left(lastTask) == 0) {
            remaining[lastTask] = estimate(lastTask);
        }
        for (int task : runnable) {
            if (left(task) == 0) {
                long estimate = estimate(task);
                remaining[task] = estimate;
                if (lastTask >= 0) {
                    estimates.started(task, lastTask);
                    remaining[lastTask] = Math.max(1, remaining[lastTask] - estimate);
                }
            }
        }
    }

    /** {@code task} took {@code events} events. */
    void ran(int task, int events) {
        if (left(task) > 0) {
            remaining[task] = Math.max(1, remaining[task] - events);
        }
    }

    /** The events {@code task} has left, 0 if it was not seen in this execution; makes room for its id. */
    private long left(int task) {
        if (task >= remaining.length) {
            remaining = Arrays.copyOf(remaining, Math.max(task + 1, 2 * remaining.length));
        }
        return remaining[task];
    }

    /** One of {@code tasks} (all seen), drawn in proportion to the events each has left: its index. */
    int draw(List<Integer> tasks, SplittableRandom random) {
        long total = 0;
        for (int task : tasks) {
            total += remaining[task];
        }
        long draw = random.nextLong(total);
        int index = 0;
        for (long seen = remaining[tasks.get(0)]; seen <= draw; seen += remaining[tasks.get(index)]) {
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
