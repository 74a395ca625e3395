package dev.interleave.examples.gallery;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor shutdown race: a batch job shuts its pool down as soon as the order job has
 * started, but the order job submits a follow-up job (the receipt) only after some work. If
 * {@code shutdown} runs before that submit, the receipt is rejected (and merely logged), and the
 * job exits with status 1 because work was lost. {@link ShutdownRaceFixed} waits until all the
 * work has finished before it shuts the pool down.
 */
public final class ShutdownRaceBug {

    private ShutdownRaceBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger done = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            started.countDown();
            Thread.yield(); // process the order
            done.incrementAndGet();
            try {
                pool.execute(() -> done.incrementAndGet()); // send the receipt
            } catch (RejectedExecutionException e) {
                System.out.println("could not send the receipt: " + e.getMessage());
            }
        });
        started.await(); // "the work is under way"
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        if (done.get() != 2) {
            System.out.println("work lost: " + done.get() + " of 2 jobs done");
            System.exit(1);
        }
        System.out.println("all 2 jobs done");
    }
}
