package dev.interleave.linearizability;

import java.util.random.RandomGenerator;

/** Integers in a closed range, {@code conf = "lo:hi"} ({@code "1:5"} when empty). */
public final class IntGen implements ParameterGenerator<Integer> {

    private final int low;
    private final int high;

    public IntGen(String conf) {
        String range = conf == null || conf.isBlank() ? "1:5" : conf.strip();
        String[] bounds = range.split(":");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("IntGen expects conf \"lo:hi\", not \"" + conf + "\"");
        }
        this.low = Integer.parseInt(bounds[0].strip());
        this.high = Integer.parseInt(bounds[1].strip());
        if (low > high) {
            throw new IllegalArgumentException("IntGen range " + range + " is empty");
        }
    }

    public IntGen() {
        this("");
    }

    @Override
    public Integer generate(RandomGenerator random) {
        return random.nextInt(low, high + 1);
    }
}
