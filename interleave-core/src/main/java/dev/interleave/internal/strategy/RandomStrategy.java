package dev.interleave.internal.strategy;

import java.util.SplittableRandom;

/** A random walk: each decision picks a runnable task uniformly, from a seed per execution. */
public final class RandomStrategy implements Strategy {

    private final long seed;
    private SplittableRandom random;

    public RandomStrategy(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
    }

    @Override
    public int choose(DecisionPoint point) {
        return random.nextInt(point.runnable().size());
    }
}
