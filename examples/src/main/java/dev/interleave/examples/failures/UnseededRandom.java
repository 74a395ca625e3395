package dev.interleave.examples.failures;

import dev.interleave.TaskGroup;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A program whose course Interleave does not control: an unseeded random number decides whether a
 * task yields, so the same schedule can take other steps in another run. {@code explore
 * --check-determinism} runs every schedule twice and names the first step that differed.
 */
public final class UnseededRandom {

    private UnseededRandom() {
    }

    public static void main(String[] args) {
        try (var tg = new TaskGroup()) {
            for (int i = 0; i < 2; i++) {
                tg.fork(() -> {
                    if (ThreadLocalRandom.current().nextBoolean()) {
                        Thread.yield();
                    }
                });
            }
        }
    }
}
