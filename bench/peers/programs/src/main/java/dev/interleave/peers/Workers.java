package dev.interleave.peers;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts a program's threads and joins them. A failure in any thread is caught and rethrown by
 * {@link #join()} in the calling thread, so that every tool sees a program's failure the same
 * way, as an exception out of its body, whatever it does with exceptions in other threads.
 */
public final class Workers {

    private final ThreadKind kind;
    private final List<Thread> threads = new ArrayList<>();
    private volatile Throwable failure;

    public Workers(ThreadKind kind) {
        this.kind = kind;
    }

    /** A body that may throw. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    public Workers start(String name, Body body) {
        threads.add(kind.start(name, new Guarded(body)));
        return this;
    }

    /**
     * A thread's body that keeps its failure for {@link #join()}. A named class, not a lambda:
     * Lincheck cannot take field offsets of a lambda's (hidden) class.
     */
    private final class Guarded implements Runnable {
        private final Body body;

        Guarded(Body body) {
            this.body = body;
        }

        @Override
        public void run() {
            try {
                body.run();
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
        }
    }

    /** Waits for every thread, then rethrows the first failure as an {@link AssertionError}. */
    public void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        Throwable first = failure;
        if (first instanceof AssertionError error) {
            throw error;
        }
        if (first != null) {
            throw new AssertionError(first.toString(), first);
        }
    }

    /** Fails the program with {@code message} unless {@code condition} holds. */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
