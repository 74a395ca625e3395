package dev.interleave.strategy;

/** asyncio's event loop: the task that has been runnable longest goes next. */
public final class FifoStrategy implements Strategy {

    @Override
    public int choose(DecisionPoint point) {
        return 0;
    }
}
