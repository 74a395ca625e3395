package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link TimeoutRaceBug} fixed: the reply and the fallback each claim the outcome first, and only the winner serves. */
public final class TimeoutRaceFixed {

    private static final CountDownLatch replied = new CountDownLatch(1);
    private static final AtomicBoolean claimed = new AtomicBoolean();
    private static final AtomicInteger served = new AtomicInteger();

    private TimeoutRaceFixed() {
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> {
                Thread.sleep(Duration.ofMillis(100));
                if (claimed.compareAndSet(false, true)) {
                    served.incrementAndGet();
                }
                replied.countDown();
            });
            group.fork(() -> {
                if (!replied.await(100, TimeUnit.MILLISECONDS)) {
                    Thread.yield();
                    if (claimed.compareAndSet(false, true)) {
                        served.incrementAndGet();
                    }
                }
            });
        }
        if (served.get() != 1) {
            throw new AssertionError("the customer was served " + served.get() + " times");
        }
    }
}
