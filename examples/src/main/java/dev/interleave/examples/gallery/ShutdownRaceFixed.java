package dev.interleave.examples.gallery;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fix for {@link ShutdownRaceBug}: the batch job waits on a latch that counts the jobs as
 * they finish, the receipt included, and only then shuts the pool down and awaits its
 * termination. Every submit happens before the shutdown, so nothing is rejected.
 */
public final class ShutdownRaceFixed {

    private static final int JOBS = 2;

    private ShutdownRaceFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger done = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(JOBS);
        pool.execute(() -> {
            Thread.yield(); // process the order
            done.incrementAndGet();
            try {
                pool.execute(() -> { // send the receipt
                    done.incrementAndGet();
                    finished.countDown();
                });
            } catch (RejectedExecutionException e) {
                System.out.println("could not send the receipt: " + e.getMessage());
            }
            finished.countDown();
        });
        finished.await(); // every job, the receipt included, has finished
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        if (done.get() != JOBS) {
            System.out.println("work lost: " + done.get() + " of " + JOBS + " jobs done");
            System.exit(1);
        }
        System.out.println("all " + JOBS + " jobs done");
    }
}
