package dev.interleave;

import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.runtime.Execution;
import dev.interleave.runtime.ProgramRunner;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs Java code on a scheduler that Interleave controls: every thread it starts becomes a
 * controlled task, exactly one runs at a time, and the strategy (FIFO by default, asyncio's
 * order) decides who goes next at every scheduling point. Needs the Interleave java agent.
 *
 * <pre>{@code
 * RunResult result = Interleave.run(() -> {
 *     try (var group = new TaskGroup()) {
 *         for (int i = 0; i < 3; i++) group.fork(() -> foo());
 *     }
 * });
 * }</pre>
 */
public final class Interleave {

    /** Code to run as a run's main task. */
    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    private Interleave() {
    }

    /** Runs {@code body} once under FIFO, printing the program's output as it goes. */
    public static RunResult run(Body body) {
        return run(RunOptions.defaults(), body);
    }

    public static RunResult run(RunOptions options, Body body) {
        ControlledRuntime runtime = ControlledRuntime.get();
        Execution.Body main = body::run;
        if (!Thread.currentThread().isVirtual()) {
            return runtime.execute(options, main);
        }
        // A virtual caller cannot carry other virtual threads: drive from a platform thread.
        AtomicReference<RunResult> result = new AtomicReference<>();
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        Thread driver = Thread.ofPlatform().name("interleave-driver").start(() -> {
            try {
                result.set(runtime.execute(options, main));
            } catch (RuntimeException e) {
                error.set(e);
            }
        });
        try {
            driver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a controlled run", e);
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /**
     * Runs a program's {@code main} once, its classes loaded afresh (so its static state starts
     * new) and instrumented for control.
     */
    public static RunResult runMain(Program program, String[] args, RunOptions options) {
        return run(options, () -> ProgramRunner.invokeMain(program, args));
    }
}
