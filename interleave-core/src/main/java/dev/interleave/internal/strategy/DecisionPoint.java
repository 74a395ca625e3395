package dev.interleave.internal.strategy;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A scheduling decision: the runnable task ids (oldest runnable first, so index 0 is what asyncio
 * would run), the task that ran last, whether it yielded, and how many decisions came before.
 * {@code runnable} is a read-only view valid during the call: a strategy that keeps it copies it.
 * {@code wouldBlock} tells, by index, a task that stands (at a point of sync mode) before entering
 * a monitor or calling {@code lock()} on a {@code ReentrantLock} that another task holds, or before
 * joining a task that has not ended: its step would only block.
 */
public record DecisionPoint(int step, int decision, List<Integer> runnable, int lastTask, boolean lastYielded,
                            IntPredicate wouldBlock) {

    public DecisionPoint(int step, int decision, List<Integer> runnable, int lastTask, boolean lastYielded) {
        this(step, decision, runnable, lastTask, lastYielded, index -> false);
    }
}
