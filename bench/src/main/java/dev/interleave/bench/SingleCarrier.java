package dev.interleave.bench;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fair raw baseline: plain virtual threads on a single-carrier FIFO scheduler. The calling
 * platform thread drains a queue of continuations itself, as Interleave's driver does, but with
 * no decisions, no trace and no checks. Built with the JDK's package-private
 * {@code ThreadBuilders.VirtualThreadBuilder(Executor)}, so it needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED}.
 */
final class SingleCarrier {

    private static final Constructor<?> BUILDER;

    static {
        try {
            Class<?> builder = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            BUILDER = builder.getDeclaredConstructor(Executor.class);
            BUILDER.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot make a virtual thread builder with a custom scheduler"
                    + " (is --add-opens java.base/java.lang=ALL-UNNAMED given?): " + e, e);
        }
    }

    /** Continuations ready to run; the JDK's unblocker thread may add to it too. */
    private final ConcurrentLinkedQueue<Runnable> ready = new ConcurrentLinkedQueue<>();
    private final Thread.Builder.OfVirtual builder;

    SingleCarrier() {
        Executor executor = ready::add;
        try {
            builder = (Thread.Builder.OfVirtual) BUILDER.newInstance(executor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code bodies} as virtual threads carried by the calling thread, until all end. */
    void run(List<Runnable> bodies) {
        if (!ready.isEmpty()) {
            throw new IllegalStateException("left-over continuations from an earlier run");
        }
        AtomicInteger live = new AtomicInteger(bodies.size());
        List<Thread> threads = new ArrayList<>(bodies.size());
        for (Runnable body : bodies) {
            threads.add(builder.unstarted(() -> {
                try {
                    body.run();
                } finally {
                    live.decrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.start(); // submits its first continuation to the queue
        }
        while (live.get() > 0) {
            Runnable continuation = ready.poll();
            if (continuation != null) {
                continuation.run();
            } else {
                Thread.onSpinWait(); // a monitor hand-off still on its way from the unblocker thread
            }
        }
        for (Thread thread : threads) {
            // The last continuation ran to the end on this thread, so each thread is done;
            // drain whatever wake-ups are still queued (there should be none).
            if (thread.isAlive()) {
                throw new IllegalStateException(thread + " still alive");
            }
        }
    }
}
