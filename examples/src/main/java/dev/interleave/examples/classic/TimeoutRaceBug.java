package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A timeout race on the virtual clock: a caller waits 100 ms for a reply that takes 100 ms. When
 * the deadline and the reply come at the same instant, the caller may give up and charge a
 * fallback while the reply is also delivered: the customer is served twice. {@link TimeoutRaceFixed}
 * lets exactly one side claim the outcome.
 */
public final class TimeoutRaceBug {

    private static final CountDownLatch replied = new CountDownLatch(1);
    private static int served;

    private TimeoutRaceBug() {
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> {
                Thread.sleep(Duration.ofMillis(100));
                served++; // deliver the reply
                replied.countDown();
            });
            group.fork(() -> {
                if (!replied.await(100, TimeUnit.MILLISECONDS)) {
                    Thread.yield(); // log the timeout
                    served++; // serve the fallback
                }
            });
        }
        if (served != 1) {
            throw new AssertionError("the customer was served " + served + " times");
        }
    }
}
