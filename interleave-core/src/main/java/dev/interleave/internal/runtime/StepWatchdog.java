package dev.interleave.internal.runtime;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches the running step of every execution from a thread of its own. A task that neither ends
 * its step nor loops where Interleave counts iterations (it blocked while pinned to the scheduler's
 * thread, in a class initializer or under a native frame, or spins in JDK or native code) would hang
 * the run without a word: the watchdog records the failure with the task's stack and hands the
 * execution to a handler, which the command line uses to report and exit.
 */
final class StepWatchdog {

    private static final long CHECK_INTERVAL_MILLIS = 250;

    private final Set<Execution> executions = ConcurrentHashMap.newKeySet();
    private final long limitNanos;
    private final Consumer<Execution> onStuck;

    StepWatchdog(long limitNanos, Consumer<Execution> onStuck) {
        this.limitNanos = limitNanos;
        this.onStuck = onStuck;
        Thread.ofPlatform().daemon().name("interleave-watchdog").start(this::watch);
    }

    void watch(Execution execution) {
        executions.add(execution);
    }

    void forget(Execution execution) {
        executions.remove(execution);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(CHECK_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Execution execution : List.copyOf(executions)) {
                if (execution.stuckSince(now, limitNanos)) {
                    executions.remove(execution);
                    onStuck.accept(execution);
                }
            }
        }
    }
}
