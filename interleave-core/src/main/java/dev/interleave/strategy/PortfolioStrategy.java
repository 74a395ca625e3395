package dev.interleave.strategy;

import java.util.List;

/**
 * The default: FIFO once (asyncio's own order), then random walks and PCT of depths 2 and 3 in
 * turn, each execution from its own seed. Random walks find shallow races at once; PCT finds bugs
 * that need a task held back across several of its steps.
 */
public final class PortfolioStrategy implements Strategy {

    private final List<Strategy> members;
    private Strategy current;

    public PortfolioStrategy(long seed) {
        this.members = List.of(new RandomStrategy(seed), new PctStrategy(seed, 2), new PctStrategy(seed, 3));
        this.current = new FifoStrategy();
    }

    @Override
    public void beginExecution(long index) {
        current = index == 0 ? new FifoStrategy() : members.get((int) ((index - 1) % members.size()));
        current.beginExecution(index);
    }

    @Override
    public int choose(DecisionPoint point) {
        return current.choose(point);
    }

    @Override
    public void endExecution() {
        current.endExecution();
    }
}
