package dev.interleave.internal.runtime;

import dev.interleave.RunResult;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs work that drives executions (a run, an exploration, a replay) on a driver thread of its
 * own, so that the caller always gets an answer. A step of an execution runs on its driver's OS
 * thread, and a step that never ends (a native block, a spin in code that Interleave does not
 * instrument) cannot be taken back inside the JVM: the watchdog reports it here, the caller answers
 * from what the execution did so far, and the driver thread is abandoned to its step. Idle driver
 * threads are kept for the next call, so a call costs one hand-off between threads each way (some
 * microseconds: an exploration pays it once, not per execution).
 */
final class Supervisor {

    /** For each busy driver thread: completed with a stuck execution's result so far. */
    private final Map<Thread, CompletableFuture<RunResult>> byDriver = new ConcurrentHashMap<>();
    private final ExecutorService drivers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "interleave-driver");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean abandoned;

    /**
     * Runs {@code work} on a driver thread and returns its answer; when an execution it drives gets
     * stuck, returns {@code onStuck} applied to that execution's result so far instead, at once.
     * Called from a driver thread, it runs {@code work} there: one caller, one driver.
     */
    <T> T call(Callable<T> work, Function<RunResult, T> onStuck) {
        if (byDriver.containsKey(Thread.currentThread())) {
            return callHere(work);
        }
        CompletableFuture<RunResult> stuck = new CompletableFuture<>();
        CompletableFuture<T> finished = new CompletableFuture<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        drivers.execute(() -> {
            Thread driver = Thread.currentThread();
            byDriver.put(driver, stuck);
            driver.setContextClassLoader(context);
            try {
                finished.complete(work.call());
            } catch (Throwable e) {
                finished.completeExceptionally(e);
            } finally {
                byDriver.remove(driver);
            }
        });
        try {
            CompletableFuture.anyOf(finished, stuck).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a controlled run went on", e);
        } catch (ExecutionException e) {
            // the work's own exception: rethrown below, as it was thrown
        }
        if (stuck.isDone()) {
            return onStuck.apply(stuck.join());
        }
        try {
            return finished.get();
        } catch (ExecutionException e) {
            throw Supervisor.<RuntimeException>sneaky(e.getCause());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw Supervisor.<RuntimeException>sneaky(e);
        }
    }

    /**
     * A step of an execution driven by {@code driver} never ended: hands its result so far to the
     * supervised caller. False when no supervised caller waits for that driver.
     */
    boolean stuck(Thread driver, RunResult soFar) {
        CompletableFuture<RunResult> waiting = driver == null ? null : byDriver.remove(driver);
        if (waiting == null) {
            return false;
        }
        // The driver thread stays with its step: it is no longer this call's.
        abandoned = true;
        return waiting.complete(soFar);
    }

    /** Whether a driver thread was given up to a step that never ended. */
    boolean abandoned() {
        return abandoned;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
