package dev.interleave.strategy;

import java.util.List;

/**
 * The default: FIFO once (asyncio's own order), then random walks, PCT of depths 2 and 3, and POS
 * in turn, each execution from its own seed. Random walks find shallow races at once; PCT finds
 * bugs that need a task held back across several of its steps; POS samples orders of the steps
 * that touch the same synchronizers more evenly than a random walk, which wastes executions
 * reordering steps that do not interact.
 */
public final class PortfolioStrategy implements Strategy {

    private final List<Strategy> members;
    private Strategy current;

    public PortfolioStrategy(long seed) {
        this.members = List.of(new RandomStrategy(seed), new PctStrategy(seed, 2), new PctStrategy(seed, 3),
                new PosStrategy(seed));
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
    public boolean wantsFootprints() {
        return current.wantsFootprints();
    }

    @Override
    public void stepped(StepFootprint step) {
        current.stepped(step);
    }

    @Override
    public void stepsTaken(int[] stepsByTask) {
        current.stepsTaken(stepsByTask);
    }

    @Override
    public void endExecution() {
        current.endExecution();
    }
}
