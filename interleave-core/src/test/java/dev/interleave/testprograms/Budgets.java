package dev.interleave.testprograms;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Programs that run into each of a run's budgets: steps, wall-clock time, a step that never ends. */
public final class Budgets {

    private static volatile boolean stop;

    private Budgets() {
    }

    private static volatile int setup;

    /**
     * Reads a volatile field a hundred times while the only other task waits on a latch (points in
     * sync mode that only a recorded run stops at: no other task could be chosen), then livelocks.
     */
    public static void livelockAfterSetup() throws InterruptedException {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Thread waiter = Thread.ofVirtual().name("waiter").start(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.yield();
        for (int i = 0; i < 100; i++) {
            setup += i;
        }
        go.countDown();
        waiter.join();
        livelock();
    }

    /** Two tasks that give way to each other forever: only the step limit or the time limit ends them. */
    public static void livelock() throws InterruptedException {
        Thread other = Thread.ofVirtual().name("other").start(() -> {
            while (!stop) {
                Thread.yield();
            }
        });
        while (!stop) {
            Thread.yield();
        }
        other.join();
    }

    /**
     * One task sleeps 2 ms while another waits for it by yielding in a loop (a scheduling point in
     * every round, as a busy retry under a lock is in sync mode): on a real JVM time passes and the
     * sleeper wakes; it must here too.
     */
    public static void sleepWhileAnotherYields() throws InterruptedException {
        boolean[] woke = {false};
        Thread sleeper = Thread.ofVirtual().name("sleeper").start(() -> {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            woke[0] = true;
        });
        while (!woke[0]) {
            Thread.yield();
        }
        sleeper.join();
    }

    /**
     * Retries under a lock until another task is done, as commons-pool2's create waits for another's
     * makeObject: in sync mode every round stops at the lock's points without yielding.
     */
    public static void retryUnderALockUntilAnotherIsDone() throws InterruptedException {
        Object lock = new Object();
        boolean[] done = {false};
        Thread sleeper = Thread.ofVirtual().name("maker").start(() -> {
            synchronized (lock) {
                done[0] = true;
            }
        });
        while (true) {
            synchronized (lock) {
                if (done[0]) {
                    break;
                }
            }
        }
        sleeper.join();
    }

    /** A loop bounded by the clock, as benchmarks and retry loops write it; returns its iterations. */
    public static long loopFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        long iterations = 0;
        while (System.currentTimeMillis() < end) {
            iterations++;
        }
        return iterations;
    }

    /** Blocks in a native read of a named pipe that no one writes: a step that never ends by itself. */
    public static void readFifo(Path fifo) {
        try (FileInputStream in = new FileInputStream(fifo.toFile())) {
            in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
