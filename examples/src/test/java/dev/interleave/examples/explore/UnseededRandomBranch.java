package dev.interleave.examples.explore;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A program whose course depends on something Interleave does not control: an unseeded random
 * number. Each task yields, or not, on a coin toss; the determinism check must notice.
 */
public final class UnseededRandomBranch {

    private UnseededRandomBranch() {
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            if (ThreadLocalRandom.current().nextBoolean()) {
                Thread.yield();
            }
            System.out.println("done");
        };
        Thread a = Thread.ofVirtual().start(task);
        Thread b = Thread.ofVirtual().start(task);
        a.join();
        b.join();
    }
}
