package dev.interleave.examples.sync;

import java.util.concurrent.Semaphore;

/**
 * Check-then-act on a semaphore subclass: each task takes the one permit if it sees one free, and
 * keeps it. Both can see it free; the second then blocks for good (a deadlock, in sync mode: the
 * switch falls between two calls that do not block). {@link Fixed} takes it with {@code tryAcquire}.
 */
public final class SemaphoreCheckThenAcquire {

    static final class Permits extends Semaphore {
        Permits() {
            super(1);
        }
    }

    private SemaphoreCheckThenAcquire() {
    }

    public static void main(String[] args) throws InterruptedException {
        run(false);
    }

    static void run(boolean atomically) throws InterruptedException {
        Permits permits = new Permits();
        int[] taken = new int[2];
        Thread first = new Thread(() -> taken[0] = take(permits, atomically));
        Thread second = new Thread(() -> taken[1] = take(permits, atomically));
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("taken " + taken[0] + " " + taken[1]);
    }

    private static int take(Permits permits, boolean atomically) {
        if (atomically) {
            return permits.tryAcquire() ? 1 : 0;
        }
        if (permits.availablePermits() > 0) {
            permits.acquireUninterruptibly();
            return 1;
        }
        return 0;
    }

    /** Takes the permit with {@code tryAcquire}. */
    public static final class Fixed {
        private Fixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(true);
        }
    }
}
