package dev.interleave.runtime;

/**
 * A thread under control. {@code thread} is the virtual thread that runs; {@code owner} is the
 * platform thread object the program started, when this task stands in for one.
 */
final class Task {

    final int id;
    final Thread thread;
    final Runnable continuation;
    Thread owner;
    String name;
    boolean daemon = true;
    boolean started;
    boolean done;
    /** On the ready list. */
    boolean ready;

    /** Loop iterations since the task last reached a scheduling point. */
    long loopIterations;
    /**
     * The task stopped at a point that only a recorded run stops at (no other task could have been
     * chosen there): the step that resumes it is, in an unrecorded run, part of the step before.
     */
    boolean recordedOnlyPoint;
    /**
     * Loop iterations over the task's life: read by the watchdog (racily, which is enough: it
     * only asks whether the number moved), so that a long computation is not taken for a stuck step.
     */
    long progress;

    /** The JDK's unblocker thread has taken this task off the VM's list and will submit it. */
    volatile boolean unblockPending;

    /** Why the task is parked in {@link MonitorModel} ({@code MONITOR} or {@code WAIT}), or null. */
    dev.interleave.PointKind modelBlock;

    /** The monitor the task waits to enter, or for a notify on, while {@code modelBlock} is set. */
    Object blockedOn;
    /** The task's {@code Object.wait} has a timeout (a timer on the virtual clock). */
    boolean timedWait;

    /** The monitor this task stands before entering, at a point of sync mode; else null. */
    Object entering;
    /** The thread this task stands before joining, at a point of sync mode; else null. */
    Thread joining;
    /** The lock whose {@code lock()} this task stands before, at a point of sync mode; else null. */
    java.util.concurrent.locks.ReentrantLock locking;

    /** The scheduling point this task is yielding at, set by {@link SharedMemory} just before it yields. */
    PendingPoint point;
    /** A recorded access whose value comes next (see {@link SharedMemory#value}), or null. */
    dev.interleave.Event pendingAccess;
    /** A recorded lock call's site and receiver, while the call is under way: the lock is recorded when it returns. */
    int lockCall = -1;
    Object lockReceiver;

    /** The candidate call sites (see {@code SyncSites}) found to reach the JDK that the task is inside, innermost last. */
    private int[] calls = new int[4];
    private int callDepth;

    Task(int id, Thread thread, Runnable continuation) {
        this.id = id;
        this.thread = thread;
        this.continuation = continuation;
    }

    void enterCall(int site) {
        if (callDepth == calls.length) {
            calls = java.util.Arrays.copyOf(calls, callDepth * 2);
        }
        calls[callDepth++] = site;
    }

    /**
     * Whether the call at {@code site} was entered (and so reached the JDK); it and any calls
     * entered after it are left, the latter having thrown instead of returning.
     */
    boolean leaveCall(int site) {
        for (int i = callDepth - 1; i >= 0; i--) {
            if (calls[i] == site) {
                callDepth = i;
                return true;
            }
        }
        return false;
    }

    /** The thread as the program sees it. */
    Thread programThread() {
        return owner != null ? owner : thread;
    }

    @Override
    public String toString() {
        return name;
    }
}
