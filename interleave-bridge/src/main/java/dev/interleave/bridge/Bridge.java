package dev.interleave.bridge;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The static entry points that patched JDK classes and instrumented program classes call. The
 * agent puts this class on the bootstrap class path, so that {@code java.lang.Thread} can see it.
 * With no runtime installed every entry point does exactly what the JDK would have done.
 *
 * <p>Its state is static because the JDK's classes are global, so the bridge to them is too. It is
 * not the only static mutable state: the runtime keeps process-wide caches of what never changes
 * within a JVM (the instrumented field sites' keys, slots and flags) and holds the one
 * {@code ControlledRuntime} in a static field.
 */
public final class Bridge {

    private static volatile Hooks hooks;
    private static volatile UnaryOperator<byte[]> programInstrumenter;
    private static volatile Consumer<Module> javaBaseOpener;
    private static volatile UnaryOperator<byte[]> staticsHolderMaker;
    private static volatile BiFunction<Function<String, byte[]>, Consumer<String>, UnaryOperator<byte[]>> resettingInstrumenter;
    private static volatile List<Class<?>> loadedBeforeAgent = List.of();

    private Bridge() {
    }

    // ---- installation ----

    /** Installs the runtime's hooks; the previous hooks must be null or {@code expected}. */
    public static synchronized void install(Hooks expected, Hooks installed) {
        if (hooks != expected) {
            throw new IllegalStateException("another Interleave runtime is already installed");
        }
        hooks = installed;
    }

    public static Hooks hooks() {
        return hooks;
    }

    /** Set by the agent: rewrites a program class so that its calls reach this bridge. */
    public static void setProgramInstrumenter(UnaryOperator<byte[]> instrumenter) {
        programInstrumenter = instrumenter;
    }

    /** The agent's program-class instrumenter, or null when the agent is not attached. */
    public static UnaryOperator<byte[]> programInstrumenter() {
        return programInstrumenter;
    }

    /**
     * Set by the agent: the application classes that were loaded before it came (an agent attached
     * while the JVM runs, as the JUnit extension does), which it could not instrument. Code that
     * runs a program must load their own copies (see interleave-junit's FreshRoots), or the program
     * would run them uncontrolled.
     */
    public static void setLoadedBeforeAgent(List<Class<?>> classes) {
        loadedBeforeAgent = List.copyOf(classes);
    }

    /** The application classes that the agent came too late to instrument (empty under {@code -javaagent}). */
    public static List<Class<?>> loadedBeforeAgent() {
        return loadedBeforeAgent;
    }

    /**
     * Set by the agent: makes instrumenters for classes whose static state the runtime resets between
     * executions, given the program's class files by internal name (null for a class that is not the
     * program's) and whom to tell the name (and why) of a class that cannot be reset.
     */
    public static void setResettingInstrumenter(
            BiFunction<Function<String, byte[]>, Consumer<String>, UnaryOperator<byte[]>> factory) {
        resettingInstrumenter = factory;
    }

    /** The agent's factory of resetting instrumenters, or null when the agent is not attached. */
    public static BiFunction<Function<String, byte[]>, Consumer<String>, UnaryOperator<byte[]>> resettingInstrumenter() {
        return resettingInstrumenter;
    }

    /**
     * Set by the agent: makes, from an interface's class file, the class that keeps its state
     * between resets (the agent's {@code InterfaceStatics}).
     */
    public static void setStaticsHolderMaker(UnaryOperator<byte[]> maker) {
        staticsHolderMaker = maker;
    }

    /** The agent's maker of interface statics holders, or null when the agent is not attached. */
    public static UnaryOperator<byte[]> staticsHolderMaker() {
        return staticsHolderMaker;
    }

    /** Set by the agent: opens java.base's internals that the runtime reads to a module. */
    public static void setJavaBaseOpener(Consumer<Module> opener) {
        javaBaseOpener = opener;
    }

    /** Opens java.base's internals to {@code module}; false when the agent is not attached. */
    public static boolean openJavaBaseTo(Module module) {
        Consumer<Module> opener = javaBaseOpener;
        if (opener == null) {
            return false;
        }
        opener.accept(module);
        return true;
    }

    // ---- called from patched JDK code ----

    public static Executor virtualThreadScheduler(Executor requested) {
        Hooks h = hooks;
        return h == null ? requested : h.virtualThreadScheduler(requested);
    }

    public static void virtualThreadCreated(Thread thread) {
        Hooks h = hooks;
        if (h != null) {
            h.virtualThreadCreated(thread);
        }
    }

    public static boolean startVirtualThread(Thread virtualThread) {
        Hooks h = hooks;
        return h != null && h.startVirtualThread(virtualThread);
    }

    public static boolean submit(Thread virtualThread, Executor scheduler) {
        Hooks h = hooks;
        return h != null && h.submit(virtualThread, scheduler);
    }

    public static boolean startPlatformThread(Thread thread) {
        Hooks h = hooks;
        return h != null && h.startPlatformThread(thread);
    }

    public static long threadId(Thread thread) {
        Hooks h = hooks;
        return h == null ? -1 : h.threadId(thread);
    }

    public static int nextThreadNumber() {
        Hooks h = hooks;
        return h == null ? -1 : h.nextThreadNumber();
    }

    public static Thread proxyOf(Thread thread) {
        Hooks h = hooks;
        return h == null ? null : h.proxyOf(thread);
    }

    /** The thread that really runs for {@code thread}: its controlled proxy, or itself. */
    public static Thread resolve(Thread thread) {
        Hooks h = hooks;
        if (h == null || thread == null) {
            return thread;
        }
        Thread proxy = h.proxyOf(thread);
        return proxy == null ? thread : proxy;
    }

    public static Future<?> scheduleTimer(Thread virtualThread, Runnable wakeUp, long delay, TimeUnit unit) {
        Hooks h = hooks;
        return h == null ? null : h.scheduleTimer(virtualThread, wakeUp, delay, unit);
    }

    public static ForkJoinPool commonPool(ForkJoinPool pool) {
        Hooks h = hooks;
        return h == null ? pool : h.commonPool(pool);
    }

    public static long nanoTime() {
        Hooks h = hooks;
        return h == null ? System.nanoTime() : h.nanoTime();
    }

    public static long currentTimeMillis() {
        Hooks h = hooks;
        return h == null ? System.currentTimeMillis() : h.currentTimeMillis();
    }

    /** Stands in for {@code jdk.internal.misc.VM.getNanoTimeAdjustment}; {@code real} is the JDK's answer. */
    public static long nanoTimeAdjustment(long real, long offsetSeconds) {
        Hooks h = hooks;
        return h == null ? real : h.nanoTimeAdjustment(real, offsetSeconds);
    }

    public static void unblockTaken(Thread virtualThread, boolean expected) {
        Hooks h = hooks;
        if (h != null) {
            h.unblockTaken(virtualThread, expected);
        }
    }


    public static void parkingWhilePinned(Thread virtualThread) {
        Hooks h = hooks;
        if (h != null) {
            h.parkingWhilePinned(virtualThread);
        }
    }

    public static void onSpinWait() {
        Hooks h = hooks;
        if (h != null) {
            h.onSpinWait();
        }
    }

    /**
     * Stands in for {@code Unsafe.park(absolute, time)} in JDK code, and for {@code sun.misc.Unsafe}'s
     * in program code (which would otherwise park the thread that carries every task).
     */
    public static void unsafePark(Object unsafe, boolean absolute, long time) {
        Hooks h = hooks;
        if (h != null && h.parkControlled(absolute, time)) {
            return;
        }
        UnsafeCalls.park(unsafe, absolute, time);
    }

    /** Stands in for {@code Unsafe.unpark(thread)} in JDK code, and for {@code sun.misc.Unsafe}'s in program code. */
    public static void unsafeUnpark(Object unsafe, Object thread) {
        if (thread instanceof Thread t) {
            Thread target = resolve(t);
            if (target.isVirtual()) {
                // Unsafe.unpark does nothing to an unmounted virtual thread.
                LockSupport.unpark(target);
                return;
            }
        }
        UnsafeCalls.unpark(unsafe, thread);
    }

    /** The value of a JDK naming counter: per execution inside a controlled task ({@code base} first), else {@code real}. */
    public static int counterOr(int real, String name, int base) {
        Hooks h = hooks;
        if (h == null) {
            return real;
        }
        int count = h.counter(name);
        return count < 0 ? real : base + count;
    }

    /** {@link #counterOr(int, String, int)} for a counter of type {@code long}. */
    public static long counterOrLong(long real, String name, int base) {
        Hooks h = hooks;
        if (h == null) {
            return real;
        }
        int count = h.counter(name);
        return count < 0 ? real : base + (long) count;
    }

    public static void threadConstructed(Thread thread) {
        Hooks h = hooks;
        if (h != null) {
            h.threadConstructed(thread);
        }
    }

    /** The JDK's own park and unpark, for threads Interleave does not control: {@code jdk.internal.misc}'s or {@code sun.misc}'s. */
    private static final class UnsafeCalls {
        /**
         * {@code sun.misc.Unsafe}'s, found from a receiver when one first comes (its module's loader
         * is not this class's). The JDK's own ({@code jdk.internal.misc.Unsafe}) is called directly:
         * making a method handle runs JDK code that may park or unpark, which would come back here
         * before the handle is made.
         */
        private static volatile MethodHandle miscPark;
        private static volatile MethodHandle miscUnpark;

        private UnsafeCalls() {
        }

        static void park(Object unsafe, boolean absolute, long time) {
            if (unsafe instanceof jdk.internal.misc.Unsafe internal) {
                internal.park(absolute, time);
                return;
            }
            try {
                MethodHandle park = miscPark;
                if (park == null) {
                    miscPark = park = MethodHandles.lookup().findVirtual(unsafe.getClass(), "park",
                                    MethodType.methodType(void.class, boolean.class, long.class))
                            .asType(MethodType.methodType(void.class, Object.class, boolean.class, long.class));
                }
                park.invokeExact(unsafe, absolute, time);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        static void unpark(Object unsafe, Object thread) {
            if (unsafe instanceof jdk.internal.misc.Unsafe internal) {
                internal.unpark(thread);
                return;
            }
            try {
                MethodHandle unpark = miscUnpark;
                if (unpark == null) {
                    miscUnpark = unpark = MethodHandles.lookup().findVirtual(unsafe.getClass(), "unpark",
                                    MethodType.methodType(void.class, Object.class))
                            .asType(MethodType.methodType(void.class, Object.class, Object.class));
                }
                unpark.invokeExact(unsafe, thread);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- called from instrumented program code ----

    public static Thread currentThread() {
        Hooks h = hooks;
        return h == null ? Thread.currentThread() : h.currentThread();
    }

    public static void exit(int status) {
        Hooks h = hooks;
        if (h != null) {
            h.exit(status, false);
        }
        Runtime.getRuntime().exit(status);
    }

    public static void runtimeExit(Runtime runtime, int status) {
        Hooks h = hooks;
        if (h != null) {
            h.exit(status, false);
        }
        runtime.exit(status);
    }

    public static void runtimeHalt(Runtime runtime, int status) {
        Hooks h = hooks;
        if (h != null) {
            h.exit(status, true);
        }
        runtime.halt(status);
    }

    public static void loopIteration() {
        Hooks h = hooks;
        if (h != null) {
            h.loopIteration();
        }
    }

    /**
     * Program code is about to use {@code type} where the JVM would initialize it (see
     * {@code StaticResets} in the agent): runs its initializer, if it has not run in this execution.
     */
    public static void initialize(Class<?> type) {
        Hooks h = hooks;
        if (h != null) {
            h.initializeClass(type);
        }
    }

    // ---- monitors of program code (see MonitorRewriter in the agent) ----

    /**
     * Program code is about to enter {@code monitor}; returns the object to really lock. Under
     * control the runtime models the monitor (blocking in its own scheduler) and returns a token
     * that only the monitor's owner ever locks, so the JVM never contends; elsewhere it returns
     * {@code monitor} itself.
     */
    public static Object monitorEnter(Object monitor) {
        Hooks h = hooks;
        return h != null ? h.monitorEnter(monitor) : monitor;
    }

    /**
     * Program code is about to exit a monitor: {@code locked} is either what {@link #monitorEnter}
     * returned or the monitor itself. Returns what to really unlock.
     */
    public static Object monitorExit(Object locked) {
        Hooks h = hooks;
        return h != null ? h.monitorExit(locked) : locked;
    }

    /** {@code monitor.wait()} in program code. */
    public static void monitorWait(Object monitor) throws InterruptedException {
        Hooks h = hooks;
        if (h == null || !h.monitorWait(monitor, 0)) {
            monitor.wait();
        }
    }

    /** {@code monitor.wait(millis)} in program code. */
    public static void monitorWait(Object monitor, long millis) throws InterruptedException {
        Hooks h = hooks;
        if (millis < 0 || h == null || !h.monitorWait(monitor, TimeUnit.MILLISECONDS.toNanos(millis))) {
            monitor.wait(millis);
        }
    }

    /** {@code monitor.wait(millis, nanos)} in program code. */
    public static void monitorWait(Object monitor, long millis, int nanos) throws InterruptedException {
        Hooks h = hooks;
        if (millis < 0 || nanos < 0 || nanos > 999_999 || h == null
                || !h.monitorWait(monitor, saturatedNanos(millis, nanos))) {
            monitor.wait(millis, nanos);
        }
    }

    private static long saturatedNanos(long millis, int nanos) {
        long total = TimeUnit.MILLISECONDS.toNanos(millis);
        return total > Long.MAX_VALUE - nanos ? Long.MAX_VALUE : total + nanos;
    }

    /** {@code monitor.notify()} in program code. */
    public static void monitorNotify(Object monitor) {
        Hooks h = hooks;
        if (h == null || !h.monitorNotify(monitor, false)) {
            monitor.notify();
        }
    }

    /** {@code monitor.notifyAll()} in program code. */
    public static void monitorNotifyAll(Object monitor) {
        Hooks h = hooks;
        if (h == null || !h.monitorNotify(monitor, true)) {
            monitor.notifyAll();
        }
    }

    /** {@code Thread.holdsLock(monitor)} in program code. */
    public static boolean holdsLock(Object monitor) {
        Hooks h = hooks;
        return (h != null && h.holdsModelledMonitor(monitor)) || Thread.holdsLock(monitor);
    }

    public static void objectTouched(Object object) {
        Hooks h = hooks;
        if (h != null) {
            h.objectTouched(object);
        }
    }

    public static void sharedAccess() {
        Hooks h = hooks;
        if (h != null) {
            h.sharedAccess();
        }
    }
}
