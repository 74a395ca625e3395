package dev.interleave.internal.runtime;

import dev.interleave.bridge.Bridge;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The private state of {@code java.lang.VirtualThread} that the scheduler reads: which executor a
 * thread runs on, the task it submits to run, its state, and whether the JVM has queued it to be
 * unblocked after a monitor exit. The agent opens java.base to this module for it.
 */
final class JdkInternals {

    // VirtualThread states, as in the JDK source.
    static final int NEW = 0;
    static final int STARTED = 1;
    static final int RUNNING = 2;
    static final int PARKING = 3;
    static final int PARKED = 4;
    static final int PINNED = 5;
    static final int TIMED_PARKING = 6;
    static final int TIMED_PARKED = 7;
    static final int TIMED_PINNED = 8;
    static final int UNPARKED = 9;
    static final int YIELDING = 10;
    static final int YIELDED = 11;
    static final int BLOCKING = 12;
    static final int BLOCKED = 13;
    static final int UNBLOCKED = 14;
    static final int WAITING = 15;
    static final int WAIT = 16;
    static final int TIMED_WAITING = 17;
    static final int TIMED_WAIT = 18;
    static final int TERMINATED = 99;
    static final int SUSPENDED = 1 << 8;

    private static final Class<?> VIRTUAL_THREAD;
    private static final MethodHandle SCHEDULER;
    private static final MethodHandle RUN_CONTINUATION;
    private static final MethodHandle NEW_BUILDER;
    private static final VarHandle STATE;
    private static final VarHandle ON_WAITING_LIST;
    private static final VarHandle UNCAUGHT_HANDLER;
    private static final VarHandle THREAD_ID;
    private static final VarHandle INTERRUPTED;
    private static final VarHandle RANDOM_PROBE;
    private static final VarHandle SECONDARY_SEED;
    private static final VarHandle TERMINATION;
    private static final MethodHandle START_IN;
    private static final VarHandle LATCH_SYNC;
    private static final MethodHandle LOCK_OWNER;

    static {
        if (!Bridge.openJavaBaseTo(JdkInternals.class.getModule())) {
            throw new AgentMissingException();
        }
        try {
            VIRTUAL_THREAD = Class.forName("java.lang.VirtualThread");
            MethodHandles.Lookup vt = MethodHandles.privateLookupIn(VIRTUAL_THREAD, MethodHandles.lookup());
            SCHEDULER = vt.findGetter(VIRTUAL_THREAD, "scheduler", Executor.class)
                    .asType(MethodType.methodType(Executor.class, Thread.class));
            RUN_CONTINUATION = vt.findGetter(VIRTUAL_THREAD, "runContinuation", Runnable.class)
                    .asType(MethodType.methodType(Runnable.class, Thread.class));
            STATE = vt.findVarHandle(VIRTUAL_THREAD, "state", int.class);
            ON_WAITING_LIST = vt.findVarHandle(VIRTUAL_THREAD, "onWaitingList", boolean.class);
            Class<?> builder = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            NEW_BUILDER = MethodHandles.privateLookupIn(builder, MethodHandles.lookup())
                    .findConstructor(builder, MethodType.methodType(void.class, Executor.class))
                    .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
            MethodHandles.Lookup thread = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
            UNCAUGHT_HANDLER = thread.findVarHandle(Thread.class, "uncaughtExceptionHandler",
                    Thread.UncaughtExceptionHandler.class);
            THREAD_ID = thread.findVarHandle(Thread.class, "tid", long.class);
            INTERRUPTED = thread.findVarHandle(Thread.class, "interrupted", boolean.class);
            RANDOM_PROBE = thread.findVarHandle(Thread.class, "threadLocalRandomProbe", int.class);
            SECONDARY_SEED = thread.findVarHandle(Thread.class, "threadLocalRandomSecondarySeed", int.class);
            // Typed Object here, so that no class is checked against ThreadContainer (an internal
            // class) before this initializer has opened its package.
            START_IN = thread.findVirtual(Thread.class, "start",
                            MethodType.methodType(void.class, jdk.internal.vm.ThreadContainer.class))
                    .asType(MethodType.methodType(void.class, Thread.class, Object.class));
            TERMINATION = vt.findVarHandle(VIRTUAL_THREAD, "termination", java.util.concurrent.CountDownLatch.class);
            Class<?> latchSync = Class.forName("java.util.concurrent.CountDownLatch$Sync");
            LATCH_SYNC = MethodHandles.privateLookupIn(java.util.concurrent.CountDownLatch.class, MethodHandles.lookup())
                    .findVarHandle(java.util.concurrent.CountDownLatch.class, "sync", latchSync);
            LOCK_OWNER = MethodHandles.privateLookupIn(ReentrantLock.class, MethodHandles.lookup())
                    .findVirtual(ReentrantLock.class, "getOwner", MethodType.methodType(Thread.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JDK's virtual threads are not as Interleave expects: " + e, e);
        }
    }

    private JdkInternals() {
    }

    /** Forces the checks above; throws when the agent is missing or the JDK does not fit. */
    static void check() {
    }

    /**
     * Sets a thread's interrupt status without what {@code Thread.interrupt} also does (a virtual
     * thread unparks itself, leaving a permit that would end its next park at once).
     */
    static void setInterrupted(Thread thread) {
        INTERRUPTED.setVolatile(thread, true);
    }

    /**
     * Fixes the randomness that the JDK's concurrent classes draw for themselves, not for the
     * program, from JVM-wide generators, which would make it differ from one execution, and one JVM,
     * to the next: the probe of a carrier, which the virtual threads it carries share (a fork/join
     * pool seeds its workers and picks a submission queue with it), and a thread's secondary seed (a
     * pool scans its queues from it). A thread's own seed, behind {@code ThreadLocalRandom.current()}'s
     * numbers, stays the program's unseeded randomness.
     */
    static void fixCarrierProbe(Thread carrier, int probe) {
        RANDOM_PROBE.setVolatile(carrier, probe == 0 ? 1 : probe);
    }

    /** See {@link #fixCarrierProbe}. */
    static void fixSecondarySeed(Thread thread, int seed) {
        SECONDARY_SEED.setVolatile(thread, seed == 0 ? 1 : seed);
    }

    /** The thread that holds a lock, or null ({@code ReentrantLock.getOwner}, a protected method). */
    static Thread lockOwner(ReentrantLock lock) {
        try {
            return (Thread) LOCK_OWNER.invokeExact(lock);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isVirtualThread(Thread thread) {
        return VIRTUAL_THREAD.isInstance(thread);
    }

    /** The executor a virtual thread runs on, or null for a platform thread. */
    static Executor scheduler(Thread thread) {
        if (!VIRTUAL_THREAD.isInstance(thread)) {
            return null;
        }
        try {
            return (Executor) SCHEDULER.invokeExact(thread);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static Runnable runContinuation(Thread virtualThread) {
        try {
            return (Runnable) RUN_CONTINUATION.invokeExact(virtualThread);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static int state(Thread virtualThread) {
        return (int) STATE.getVolatile(virtualThread) & ~SUSPENDED;
    }

    static boolean onWaitingList(Thread virtualThread) {
        return (boolean) ON_WAITING_LIST.getVolatile(virtualThread);
    }

    /**
     * The JVM's own id of a thread. {@code threadId()} answers per-execution ids for controlled
     * threads (and a virtual thread's hash code derives from it), so the runtime keys on this.
     */
    static long jvmThreadId(Thread thread) {
        return (long) THREAD_ID.get(thread);
    }

    /**
     * The synchronizer a thread that joins {@code virtualThread} parks on, or null while nobody
     * has joined it: joining a virtual thread waits on a latch it counts down as it ends.
     */
    static Object joinSynchronizer(Thread virtualThread) {
        Object latch = TERMINATION.getVolatile(virtualThread);
        return latch == null ? null : LATCH_SYNC.get(latch);
    }

    /** Starts a thread in the given container instead of the JVM's root container. */
    static void startIn(Thread thread, Object container) {
        try {
            START_IN.invokeExact(thread, container);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The handler set on this very thread object, or null (not its group's, not the default). */
    static Thread.UncaughtExceptionHandler ownUncaughtHandler(Thread thread) {
        return (Thread.UncaughtExceptionHandler) UNCAUGHT_HANDLER.getVolatile(thread);
    }

    /** A builder of virtual threads that run on {@code executor}. */
    static Thread.Builder.OfVirtual virtualThreadBuilder(Executor executor) {
        try {
            return (Thread.Builder.OfVirtual) NEW_BUILDER.invokeExact(executor);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
