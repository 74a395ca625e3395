package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one execution runs: an initial part on the main thread, then one column of operations per
 * thread, all at once, then a final part on the main thread after every thread has ended.
 */
public record Scenario(List<Invocation> initial, List<List<Invocation>> parallel, List<Invocation> finale) {

    public Scenario {
        initial = List.copyOf(initial);
        parallel = parallel.stream().map(List::copyOf).toList();
        finale = List.copyOf(finale);
    }

    /**
     * Scenario {@code index} of {@code seed}: drawn from a generator seeded by both alone, so that
     * any one scenario can be made again without the others.
     */
    static Scenario generate(Operations operations, LinearizabilityOptions options, long index) {
        SplittableRandom random = new SplittableRandom(mix(options.seed(), index));
        List<Operations.Op> ops = operations.ops();
        List<Invocation> initial = draw(ops, random, options.initialOperations());
        List<List<Invocation>> parallel = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            parallel.add(draw(ops, random, options.operationsPerThread()));
        }
        List<Invocation> finale = draw(ops, random, options.finalOperations());
        return new Scenario(initial, parallel, finale);
    }

    private static List<Invocation> draw(List<Operations.Op> ops, SplittableRandom random, int count) {
        List<Invocation> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(ops.get(random.nextInt(ops.size())).draw(random));
        }
        return drawn;
    }

    /**
     * A seed of its own for each index: the first output of a SplittableRandom at {@code seed} moved
     * by {@code index} of its steps, which SplitMix64 scrambles, so that neighbouring indices do not
     * draw shifted copies of one sequence.
     */
    static long mix(long seed, long index) {
        return new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L).nextLong();
    }

    int size() {
        return initial.size() + finale.size() + parallel.stream().mapToInt(List::size).sum();
    }

    /** The scenario as lines for a person: {@code initial (main): ...}, {@code thread 0: ...}, {@code final (main): ...}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!initial.isEmpty()) {
            lines.add("initial (main): " + text(initial));
        }
        for (int t = 0; t < parallel.size(); t++) {
            lines.add("thread " + t + ": " + text(parallel.get(t)));
        }
        if (!finale.isEmpty()) {
            lines.add("final (main): " + text(finale));
        }
        return lines;
    }

    private static String text(List<Invocation> part) {
        return String.join(", ", part.stream().map(Invocation::toString).toList());
    }
}
