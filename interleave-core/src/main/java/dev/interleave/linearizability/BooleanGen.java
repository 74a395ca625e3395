package dev.interleave.linearizability;

import java.util.random.RandomGenerator;

/** {@code true} or {@code false}. */
public final class BooleanGen implements ParameterGenerator<Boolean> {

    @Override
    public Boolean generate(RandomGenerator random) {
        return random.nextBoolean();
    }
}
