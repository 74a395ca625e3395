package dev.interleave.testprograms;

/**
 * SCTBench's "reorder" with many threads, as issue 17 measures it: setters each write
 * {@code a = 1} then {@code b = -1} (volatile, so each write is a point of sync mode), and a
 * checker started last reads {@code a}, {@code a}, {@code b}. It fails only when it runs inside
 * one setter's two-write window before any setter has finished: a random walk runs most setters
 * to their end before main even starts the checker.
 */
public final class Reorder {

    private volatile int a;
    private volatile int b;
    private boolean failing;

    private Reorder() {
    }

    /** {@code threads} tasks besides main: {@code threads - 1} setters and the checker. */
    public static void run(int threads) throws InterruptedException {
        run(threads, true);
    }

    /** The same; without {@code failing}, the checker reads but never fails (to time executions that run to the end). */
    public static void run(int threads, boolean failing) throws InterruptedException {
        Reorder shared = new Reorder();
        shared.failing = failing;
        Thread[] started = new Thread[threads];
        for (int i = 0; i < threads - 1; i++) {
            started[i] = new Thread(shared::set, "setter-" + i);
            started[i].start();
        }
        started[threads - 1] = new Thread(shared::check, "checker");
        started[threads - 1].start();
        for (Thread thread : started) {
            thread.join();
        }
    }

    private void set() {
        a = 1;
        b = -1;
    }

    private void check() {
        int first = a;
        int second = a;
        int third = b;
        if (failing && first == 1 && third == 0) {
            throw new AssertionError("saw a = " + first + ", " + second + " but b = " + third + ": a setter's writes out of order");
        }
    }
}
