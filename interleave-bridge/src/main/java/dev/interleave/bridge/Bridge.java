package dev.interleave.bridge;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The static entry points that patched JDK classes and instrumented program classes call. The
 * agent puts this class on the bootstrap class path, so that {@code java.lang.Thread} can see it.
 * With no runtime installed every entry point does exactly what the JDK would have done.
 *
 * <p>This is the one place of static mutable state in Interleave: the JDK's classes are global, so
 * the bridge to them is too.
 */
public final class Bridge {

    private static volatile Hooks hooks;
    private static volatile UnaryOperator<byte[]> programInstrumenter;
    private static volatile Consumer<Module> javaBaseOpener;

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

    public static void monitorEntering(Object monitor) {
        Hooks h = hooks;
        if (h != null) {
            h.monitorEntering(monitor);
        }
    }

    public static void monitorEntered(Object monitor) {
        Hooks h = hooks;
        if (h != null) {
            h.monitorEntered(monitor);
        }
    }

    public static void monitorExiting(Object monitor) {
        Hooks h = hooks;
        if (h != null) {
            h.monitorExiting(monitor);
        }
    }
}
