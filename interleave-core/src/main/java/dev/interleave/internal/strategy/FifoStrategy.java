package dev.interleave.internal.strategy;

/**
 * asyncio's event loop: the task that has been runnable longest goes next. A deterministic
 * program gets the same schedule every time, so one execution says all this strategy can: an
 * exploration stops after it instead of repeating it.
 */
public final class FifoStrategy implements Strategy {

    private boolean ran;

    @Override
    public int choose(DecisionPoint point) {
        return 0;
    }

    @Override
    public void endExecution() {
        ran = true;
    }

    @Override
    public boolean exhausted() {
        return ran;
    }
}
