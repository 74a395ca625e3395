package dev.interleave.examples.sync;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A mutex of the program's own, built on {@code AbstractQueuedSynchronizer} as its documentation
 * shows: each task reads the counter under it, lets it go, takes it again and writes. An update is
 * lost when the other task's whole increment falls in between (sync mode). {@link Fixed} holds the
 * mutex across the increment; both print the final count.
 */
public final class ProgramMutexCounter {

    static final class Mutex extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            setState(0);
            return true;
        }
    }

    private static int count;

    private ProgramMutexCounter() {
    }

    public static void main(String[] args) throws InterruptedException {
        run(false);
    }

    static void run(boolean held) throws InterruptedException {
        Mutex mutex = new Mutex();
        Runnable increment = () -> {
            mutex.acquire(1);
            int seen = count;
            if (!held) {
                mutex.release(1);
                mutex.acquire(1);
            }
            count = seen + 1;
            mutex.release(1);
        };
        Thread first = new Thread(increment);
        Thread second = new Thread(increment);
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("count " + count);
        if (count != 2) {
            throw new AssertionError("lost an update: " + count);
        }
    }

    /** Holds the mutex across the increment. */
    public static final class Fixed {
        private Fixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(true);
        }
    }
}
