package dev.interleave.internal.runtime;

import dev.interleave.Event;
import dev.interleave.PointKind;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A thread under control. {@code thread} is the virtual thread that runs; {@code owner} is the
 * platform thread object the program started, when this task stands in for one. Its state changes
 * only through the methods below, each named for the event that changes it, so that every writer
 * is visible: the driver ({@link Execution}) moves it through its life and steps, {@link
 * MonitorModel} and the points of sync mode set its {@link Blocking}, {@link SharedMemory} and
 * {@link ConcurrentCalls} keep what a recorded run shows of its accesses and lock calls.
 */
final class Task {

    /** Tasks in creation order. */
    static final Comparator<Task> BY_ID = new ById();

    private static final class ById implements Comparator<Task> {
        @Override
        public int compare(Task a, Task b) {
            return Integer.compare(a.id, b.id);
        }
    }

    final int id;
    final Thread thread;
    final Runnable continuation;
    final String name;
    private Thread owner;
    private boolean daemon = true;

    private boolean started;
    private boolean done;
    /** On the ready list. */
    private boolean ready;

    /** What the task is blocked on in the monitor model, or stands before at a point of sync mode. */
    private Blocking blocking = Blocking.NONE;
    /** The JDK's unblocker thread has taken this task off the VM's list and will submit it. */
    private volatile boolean unblockPending;

    /** The scheduling point this task is yielding at, set just before it yields; else null. */
    private PendingPoint point;
    /**
     * The task stopped at a point that only a recorded run stops at (no other task could have been
     * chosen there): the step that resumes it is, in an unrecorded run, part of the step before.
     */
    private boolean recordedOnlyPoint;

    /** Loop iterations since the task last reached a scheduling point. */
    private long loopIterations;
    /**
     * Loop iterations over the task's life: read by the watchdog (racily, which is enough: it
     * only asks whether the number moved), so that a long computation is not taken for a stuck step.
     */
    private long progress;

    /** A recorded access whose value comes next (see {@link SharedMemory#value}), or null. */
    private Event expectedAccess;
    /** A recorded lock call's site and receiver, while the call is under way: the lock is recorded when it returns. */
    private LockCall lockCall;

    /** The candidate call sites (see {@code SyncSites}) found to reach the JDK that the task is inside, innermost last. */
    private int[] calls = new int[4];
    private int callDepth;

    /** A lock call of a recorded run, under way. */
    record LockCall(int site, Object receiver) {
    }

    Task(int id, Thread thread, Runnable continuation) {
        this.id = id;
        this.thread = thread;
        this.continuation = continuation;
        this.name = thread.getName().isEmpty() ? "task-" + id : thread.getName();
    }

    // ---- who it is ----

    /** The task runs {@code owner}, a platform thread the program started, with that thread's daemon status. */
    void standIn(Thread owner, boolean daemon) {
        this.owner = owner;
        this.daemon = daemon;
    }

    /** The platform thread this task stands in for, or null. */
    Thread owner() {
        return owner;
    }

    /** The thread as the program sees it. */
    Thread programThread() {
        return owner != null ? owner : thread;
    }

    void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    boolean daemon() {
        return daemon;
    }

    // ---- its life, as the driver moves it ----

    boolean started() {
        return started;
    }

    boolean done() {
        return done;
    }

    boolean ready() {
        return ready;
    }

    /** Started and not ended. */
    boolean live() {
        return started && !done;
    }

    /** The task was put on the ready list; returns true when this starts it. */
    boolean madeReady() {
        ready = true;
        if (started) {
            return false;
        }
        started = true;
        return true;
    }

    /**
     * The driver runs the task's next step. Returns false when the step only goes on from a point
     * a recorded run alone stopped at: an unrecorded run takes it as part of the step before.
     */
    boolean stepBegins() {
        ready = false;
        loopIterations = 0;
        if (recordedOnlyPoint) {
            recordedOnlyPoint = false;
            return false;
        }
        return true;
    }

    /** The task ended; returns true the first time. */
    boolean ended() {
        if (done) {
            return false;
        }
        done = true;
        return true;
    }

    // ---- where it stopped ----

    /**
     * Stops at a scheduling point: the task yields, and the step that it ends shows {@code point}.
     * {@code recordedOnly}: no other task could have been chosen, only a recorded run stops here.
     */
    void yieldAt(PendingPoint point, boolean recordedOnly) {
        this.point = point;
        this.recordedOnlyPoint = recordedOnly;
        Thread.yield();
        // A pinned task (in a class initializer) cannot yield: then no step took the point.
        this.point = null;
    }

    /** The scheduling point the task is yielding at, or null. */
    PendingPoint point() {
        return point;
    }

    Blocking blocking() {
        return blocking;
    }

    /** The task parks in the monitor model, or stands at a point of sync mode before what may block. */
    void blockedBy(Blocking blocking) {
        this.blocking = blocking;
    }

    /** The park in the monitor model returned, or the point before what may block was passed. */
    void unblocked() {
        this.blocking = Blocking.NONE;
    }

    /** The kind of point of a task parked in the monitor model ({@code MONITOR} or {@code WAIT}); else null. */
    PointKind modelledStop() {
        if (blocking instanceof Blocking.EnteringMonitor) {
            return PointKind.MONITOR;
        }
        return blocking instanceof Blocking.AwaitingNotify ? PointKind.WAIT : null;
    }

    /** The monitor a task parked in the monitor model waits to enter, or for a notify on; else null. */
    Object modelledMonitor() {
        if (blocking instanceof Blocking.EnteringMonitor m) {
            return m.monitor();
        }
        return blocking instanceof Blocking.AwaitingNotify w ? w.monitor() : null;
    }

    /** The JDK's unblocker thread took the task off the VM's list of a monitor: it will submit it. */
    void unblockTaken() {
        unblockPending = true;
    }

    /** The task was submitted: a hand-off from the unblocker, if one was under way, has arrived. */
    void unblockArrived() {
        if (unblockPending) {
            unblockPending = false;
        }
    }

    boolean unblockPending() {
        return unblockPending;
    }

    // ---- loops ----

    /** The task went round a loop of the program; returns the iterations since its last scheduling point. */
    long loopIteration() {
        progress++;
        return ++loopIterations;
    }

    /** Loop iterations over the task's life (see {@link #progress}'s field). */
    long progress() {
        return progress;
    }

    // ---- what a recorded run shows ----

    /** A recorded access is under way: its event is made when its value comes. */
    void expectAccess(Event access) {
        expectedAccess = access;
    }

    /** The recorded access under way, now that its value came, or null. */
    Event takeExpectedAccess() {
        Event access = expectedAccess;
        expectedAccess = null;
        return access;
    }

    /** A recorded lock call at {@code site} on {@code receiver} began: it is recorded when it returns. */
    void lockCallBegan(int site, Object receiver) {
        lockCall = new LockCall(site, receiver);
    }

    /** The call at {@code site} returned: the lock call it was, or null. */
    LockCall lockCallReturned(int site) {
        LockCall call = lockCall;
        if (call == null || call.site() != site) {
            return null;
        }
        lockCall = null;
        return call;
    }

    // ---- calls into java.util.concurrent ----

    void enterCall(int site) {
        if (callDepth == calls.length) {
            calls = Arrays.copyOf(calls, callDepth * 2);
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

    @Override
    public String toString() {
        return name;
    }
}
