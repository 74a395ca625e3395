package dev.interleave.bridge;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What the controlled runtime does at each point where patched JDK code or instrumented program
 * code calls into {@link Bridge}. Implemented by interleave-core; every method is called only
 * while a runtime is installed, and must answer "not mine" quickly for threads it does not control.
 */
public interface Hooks {

    /** The executor for a virtual thread being created; {@code requested} when it is not ours. */
    Executor virtualThreadScheduler(Executor requested);

    /** A virtual thread was created (not yet started). */
    void virtualThreadCreated(Thread thread);

    /** {@code start()} of a virtual thread: true when the runtime started it in its own container. */
    boolean startVirtualThread(Thread virtualThread);

    /** A virtual thread became runnable on {@code scheduler}: true when the runtime took it. */
    boolean submit(Thread virtualThread, Executor scheduler);

    /** {@code Thread.start()} of a platform thread: true when it now runs as a controlled task. */
    boolean startPlatformThread(Thread thread);

    /** The id of a controlled thread (or of the platform thread it stands in for), or -1. */
    long threadId(Thread thread);

    /** The number for the next "Thread-N" name, or -1 to let the JDK count. */
    int nextThreadNumber();

    /** The controlled virtual thread standing in for a platform thread object, or null. */
    Thread proxyOf(Thread thread);

    /** A virtual thread's timed wake-up; null to let the JDK schedule it on real time. */
    Future<?> scheduleTimer(Thread virtualThread, Runnable wakeUp, long delay, TimeUnit unit);

    /** The pool to use where the program or the JDK uses {@code pool}, the common fork/join pool. */
    ForkJoinPool commonPool(ForkJoinPool pool);

    long nanoTime();

    long currentTimeMillis();

    /** {@code jdk.internal.misc.VM.getNanoTimeAdjustment(offset)}, as {@code Instant.now()} reads it;
     * {@code real} is the JDK's own answer. */
    long nanoTimeAdjustment(long real, long offsetSeconds);

    /**
     * The JDK's unblocker thread is about to take a virtual thread off the VM's list of threads to
     * unblock ({@code expected} true), before it unblocks it.
     */
    void unblockTaken(Thread virtualThread, boolean expected);


    /** A virtual thread is about to park its carrier because it cannot unmount. */
    void parkingWhilePinned(Thread virtualThread);

    /**
     * {@code Unsafe.park} by JDK code (fork/join workers): true when the current thread is a
     * controlled task and was parked as {@code LockSupport} would park it.
     */
    boolean parkControlled(boolean absolute, long time);

    /** A per-execution count for a JDK naming counter ("Thread-N", "pool-N-..."), or -1. */
    int counter(String name);

    /** A {@code Thread} constructor is returning. */
    void threadConstructed(Thread thread);

    /** {@code Thread.onSpinWait()}. */
    void onSpinWait();

    /** {@code Thread.currentThread()} as program code sees it. */
    Thread currentThread();

    /** {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} called by program code. */
    void exit(int status, boolean halt);

    /** A backward jump in program code: a loop iteration. */
    void loopIteration();

    /**
     * Program code is about to enter {@code monitor}: returns the object that it should really
     * lock ({@code monitor} itself when the calling thread is not under control).
     */
    Object monitorEnter(Object monitor);

    /**
     * Program code is about to exit a monitor, given either the monitor or what
     * {@link #monitorEnter} returned for it: returns what to really unlock.
     */
    Object monitorExit(Object locked);

    /**
     * {@code monitor.wait}, for {@code nanos} (0: no time limit); false when the runtime does not
     * model this monitor for the calling thread, and the JDK's wait should run.
     */
    boolean monitorWait(Object monitor, long nanos) throws InterruptedException;

    /** {@code monitor.notify} or {@code notifyAll}; false when the JDK's should run. */
    boolean monitorNotify(Object monitor, boolean all);

    /** Whether the calling thread holds {@code monitor} in the runtime's model. */
    boolean holdsModelledMonitor(Object monitor);

    /**
     * Program code changes {@code object}'s synchronization state: enters or leaves it as the
     * monitor of a {@code synchronized} method the JVM locks, or uses a volatile field of
     * Interleave's task API.
     */
    default void objectTouched(Object object) {
    }

    /**
     * Program code touches state shared in ways step footprints do not name: a JDK collection, an
     * {@code Unsafe} park or fence, a thread's state.
     */
    default void sharedAccess() {
    }

    /**
     * Program code is about to use {@code type} where the JVM would initialize it: initialize it for
     * the current execution if it is a program class whose static state the runtime resets.
     */
    void initializeClass(Class<?> type);

    /**
     * A handle to a static field of {@code declaring}: one that initializes the class for the
     * current execution before each use, where the runtime resets the class's static state.
     */
    default MethodHandle initializingFirst(MethodHandle handle, Class<?> declaring) {
        return handle;
    }

    /** As {@link #initializingFirst(MethodHandle, Class)}, for a var handle. */
    default VarHandle initializingFirst(VarHandle handle, Class<?> declaring) {
        return handle;
    }
}
