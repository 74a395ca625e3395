package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link DoubleReleaseBug} fixed: the permit is released once, in the finally block. */
public final class DoubleReleaseFixed {

    private static final Semaphore oneAtATime = new Semaphore(1);
    private static final AtomicInteger inside = new AtomicInteger();

    private DoubleReleaseFixed() {
    }

    static void job(boolean valid) throws InterruptedException {
        oneAtATime.acquire();
        try {
            if (!valid) {
                return;
            }
            if (inside.incrementAndGet() > 1) {
                throw new AssertionError("two jobs in the one-at-a-time section");
            }
            Thread.yield();
            inside.decrementAndGet();
        } finally {
            oneAtATime.release();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> job(false));
            group.fork(() -> job(true));
            group.fork(() -> job(true));
        }
    }
}
