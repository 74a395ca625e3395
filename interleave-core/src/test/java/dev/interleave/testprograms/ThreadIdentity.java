package dev.interleave.testprograms;

/**
 * What {@code Thread.currentThread()} answers inside a platform thread that Interleave stands in
 * for with a virtual thread: instrumented program code must see the Thread object it started.
 */
public final class ThreadIdentity {

    private ThreadIdentity() {
    }

    /** Starts a platform thread and reports whether its work saw that very object as current. */
    public static boolean platformThreadSeesItself() throws InterruptedException {
        Thread[] seen = new Thread[1];
        Thread worker = new Thread(() -> seen[0] = Thread.currentThread(), "identity-worker");
        worker.start();
        worker.join();
        return seen[0] == worker;
    }
}
