package dev.interleave.internal.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many steps each task takes, learned from the executions so far, for the uniform random walk.
 * Tasks are known by id (ids count in creation order, so they mean the same task in every
 * execution of a program that starts its threads in a fixed order). A task's estimate is its
 * own mean number of steps plus the estimates of the tasks it starts: before it starts them, their
 * steps are part of what its start leads to, so a parent about to start many threads weighs as
 * much as all of them (Zhao et al. subsume a child's events into its parent's the same way).
 */
final class EventEstimates {

    /** Per task: the sum of its own steps over the executions it appeared in, and their number. */
    private final Map<Integer, long[]> own = new HashMap<>();
    /** Who started whom, as last seen. */
    private final Map<Integer, Integer> parents = new HashMap<>();
    /** Own steps plus descendants', computed at the start of each execution. */
    private final Map<Integer, Long> totals = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();

    /** An execution begins: the estimates of the ones before it are fixed for it. */
    void begin() {
        totals.clear();
        children.clear();
        for (Map.Entry<Integer, Integer> started : parents.entrySet()) {
            List<Integer> siblings = children.get(started.getValue());
            if (siblings == null) {
                siblings = new ArrayList<>();
                children.put(started.getValue(), siblings);
            }
            siblings.add(started.getKey());
        }
        for (Integer task : own.keySet()) {
            total(task);
        }
    }

    /** The steps {@code task} and the tasks it starts take in all, or 0 when it was never seen. */
    long estimate(int task) {
        return totals.getOrDefault(task, 0L);
    }

    /** {@code child} was seen for the first time in this execution, started by {@code parent}. */
    void started(int child, int parent) {
        parents.put(child, parent);
    }

    /** The execution ended after these steps by task id: they join the estimates. */
    void end(int[] stepsByTask) {
        for (int task = 0; task < stepsByTask.length; task++) {
            if (stepsByTask[task] > 0) {
                long[] sumAndRuns = own.get(task);
                if (sumAndRuns == null) {
                    sumAndRuns = new long[2];
                    own.put(task, sumAndRuns);
                }
                sumAndRuns[0] += stepsByTask[task];
                sumAndRuns[1]++;
            }
        }
    }

    private long total(int task) {
        Long known = totals.get(task);
        if (known != null) {
            return known;
        }
        totals.put(task, 0L); // a cycle (ids reused differently across executions) ends here
        long[] sumAndRuns = own.get(task);
        long sum = sumAndRuns == null ? 0 : Math.ceilDiv(sumAndRuns[0], sumAndRuns[1]);
        for (int child : children.getOrDefault(task, List.of())) {
            sum += total(child);
        }
        totals.put(task, sum);
        return sum;
    }
}
