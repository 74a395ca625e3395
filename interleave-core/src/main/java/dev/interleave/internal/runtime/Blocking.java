package dev.interleave.internal.runtime;

import java.util.concurrent.locks.ReentrantLock;

/**
 * What a task is blocked on in Interleave's own model of monitors, or would block on next at the
 * point of sync mode it stands at: one value, where separate fields (why it is parked, on what
 * object, whether timed, and what it stands before) had to agree. The driver reads it when a step
 * ends (which kind of point the step ended at; what its footprint names), when it describes a
 * deadlock, and at a decision (whether running the task now would only block). Blocking that only
 * the JDK knows (a park on a lock or a latch, a sleep, a monitor that JDK code holds) is read from
 * the virtual thread instead ({@link JdkInternals#state}, the park's blocker).
 *
 * <p>The objects here are the program's: never compare these records with {@code equals} nor print
 * them, which would run the program's own {@code equals} and {@code toString}.
 */
sealed interface Blocking {

    /** Not blocked in the model, and standing before nothing that would block. */
    Blocking NONE = new None();

    record None() implements Blocking {
    }

    /** Parked in {@link MonitorModel} until {@code monitor}, which another task owns, is free. */
    record EnteringMonitor(Object monitor) implements Blocking {
    }

    /** Parked in {@link MonitorModel} in {@code monitor}'s wait set ({@code Object.wait}), with a timeout or not. */
    record AwaitingNotify(Object monitor, boolean timed) implements Blocking {
    }

    /** At a point of sync mode before entering {@code monitor}. */
    record BeforeEnter(Object monitor) implements Blocking {
    }

    /** At a point of sync mode before {@code lock.lock()}. */
    record BeforeLock(ReentrantLock lock) implements Blocking {
    }

    /** At a point of sync mode before joining {@code thread}. */
    record BeforeJoin(Thread thread) implements Blocking {
    }
}
