package dev.interleave.linearizability;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * How a run tells an operation that blocks for good from one that is slow: it waits for it on
 * Interleave's virtual clock. When every task is blocked and one waits with a timeout, the clock
 * jumps to that timeout, so a day of patience costs nothing when the operation does end and ends
 * the wait at once when nothing else can run. A task left blocked when its execution ends is let go
 * with it.
 *
 * <p>Used for the scenario's threads (the main task joins them with this patience, so that a hang
 * is found here, with the history of what completed, and not reported as a deadlock of the run)
 * and for blocking operations run on the model, so that the checker sees them block instead of
 * blocking with them.
 */
final class Patience {

    /** Longer than any timeout a structure under test waits for on its own. */
    static final Duration PATIENCE = Duration.ofDays(1);

    private Patience() {
    }

    /** What came of work run on a task of its own: its value, or {@code completed == false} when it blocked for good. */
    record Outcome<T>(boolean completed, T value) {
    }

    /** Runs {@code work} on a task of its own; what it threw is thrown here. */
    static <T> Outcome<T> run(Callable<T> work) throws Exception {
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread task = Thread.ofVirtual().name("model").start(() -> {
            try {
                value[0] = work.call();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        if (!joined(task)) {
            return new Outcome<>(false, null);
        }
        if (thrown[0] instanceof Exception e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) value[0];
        return new Outcome<>(true, result);
    }

    /** Waits for {@code thread} with the patience: whether it ended. */
    static boolean joined(Thread thread) throws InterruptedException {
        return thread.join(PATIENCE);
    }
}
