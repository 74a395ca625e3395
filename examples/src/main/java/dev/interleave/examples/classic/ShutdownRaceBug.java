package dev.interleave.examples.classic;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor shutdown race: the program submits its jobs, shuts the pool down and reads the
 * results at once, as if shutdown waited for the jobs. It does not: shutdown only stops new
 * submissions. {@link ShutdownRaceFixed} waits with awaitTermination.
 */
public final class ShutdownRaceBug {

    private static final AtomicInteger done = new AtomicInteger();

    private ShutdownRaceBug() {
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                Thread.yield();
                done.incrementAndGet();
            });
        }
        pool.shutdown();
        if (done.get() != 3) {
            throw new AssertionError("only " + done.get() + " of 3 jobs were done after shutdown");
        }
    }
}
