package dev.interleave.strategy;

import java.util.List;

/**
 * A scheduling decision: the runnable task ids (oldest runnable first, so index 0 is what asyncio
 * would run), the task that ran last, whether it yielded, and how many decisions came before.
 * {@code runnable} is a read-only view valid during the call: a strategy that keeps it copies it.
 */
public record DecisionPoint(int step, int decision, List<Integer> runnable, int lastTask, boolean lastYielded) {
}
