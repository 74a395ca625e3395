package dev.interleave.peers;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the executions a tool runs, for tools that do not report them, and remembers the count
 * at the first execution that threw: tools that run a failing execution again to build their
 * report would otherwise count those runs too. A deadlock throws nothing, so for it the count is
 * the total.
 */
public final class Counter {

    private final AtomicLong executions = new AtomicLong();
    private final AtomicLong firstFailure = new AtomicLong(-1);

    public Runnable wrap(Runnable body) {
        return () -> {
            long execution = executions.incrementAndGet();
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                firstFailure.compareAndSet(-1, execution);
                throw e;
            }
        };
    }

    /** Executions started so far: the harness's watchdog reads it to tell a hung tool. */
    public long started() {
        return executions.get();
    }

    /** Counts an execution that the tool itself runs and reports (no wrapping needed). */
    public void tick() {
        executions.incrementAndGet();
    }

    /** Executions up to the first one that threw, or all of them. */
    public long toFirstFailure() {
        long first = firstFailure.get();
        return first > 0 ? first : executions.get();
    }
}
