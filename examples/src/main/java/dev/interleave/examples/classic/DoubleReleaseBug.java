package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Semaphore released twice: a job that fails validation releases its permit on that path, and
 * again in its finally block. The semaphore then has a permit too many, and two jobs can be in
 * the one-at-a-time section together. {@link DoubleReleaseFixed} releases in one place only.
 */
public final class DoubleReleaseBug {

    private static final Semaphore oneAtATime = new Semaphore(1);
    private static final AtomicInteger inside = new AtomicInteger();

    private DoubleReleaseBug() {
    }

    static void job(boolean valid) throws InterruptedException {
        oneAtATime.acquire();
        try {
            if (!valid) {
                oneAtATime.release(); // give the slot back early: but finally gives it back too
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
