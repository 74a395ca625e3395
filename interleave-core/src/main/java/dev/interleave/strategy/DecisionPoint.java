package dev.interleave.strategy;

import java.util.List;

/**
 * A scheduling decision: the runnable tasks (ids, oldest runnable first), the task that ran last,
 * and whether that task yielded (it is runnable, but asked others to go first).
 */
public record DecisionPoint(int step, List<Integer> runnable, int lastTask, boolean lastYielded) {
}
