package dev.interleave.examples.classic;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ShutdownRaceBug} fixed: the program waits for the pool to finish before reading the results. */
public final class ShutdownRaceFixed {

    private static final AtomicInteger done = new AtomicInteger();

    private ShutdownRaceFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                Thread.yield();
                done.incrementAndGet();
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new AssertionError("the pool did not finish");
        }
        if (done.get() != 3) {
            throw new AssertionError("only " + done.get() + " of 3 jobs were done");
        }
    }
}
