package dev.interleave.bridge;

/**
 * Static entry points that instrumented program code calls at memory accesses and synchronization
 * actions: the race detector watches them in every mode, and sync and preemptive modes make
 * scheduling points of them. Kept apart from {@link Bridge} so that these concerns install and
 * change on their own. With no hooks installed every call does nothing.
 */
public final class Memory {

    // Synchronization actions, as instrumented code (or, for modelled monitors, the runtime) passes them.
    /** Before {@code monitorenter}. */
    public static final int MONITOR_ENTER = 0;
    /** After {@code monitorenter}. */
    public static final int MONITOR_ACQUIRED = 1;
    /** Before {@code monitorexit} (a synchronized method's, too: the agent makes it a block). */
    public static final int MONITOR_RELEASING = 2;
    /** After {@code monitorexit}. */
    public static final int MONITOR_EXITED = 3;
    /** A call to {@code java.util.concurrent} (locks, atomics, queues, latches...) or a {@code VarHandle}. */
    public static final int CONCURRENT_CALL = 4;
    /** {@code Thread.start()}. */
    public static final int THREAD_START = 5;
    /** {@code Thread.join}. */
    public static final int THREAD_JOIN = 6;
    /** {@code Object.wait}: releases the monitor and takes it again. */
    public static final int WAIT = 7;
    /** {@code Object.notify} or {@code notifyAll}. */
    public static final int NOTIFY = 8;

    private static volatile MemoryHooks hooks;
    /** How many running executions record values for their traces: values are boxed only then. */
    private static volatile int valueRecorders;

    private Memory() {
    }

    /** Installs the runtime's hooks; the previous hooks must be null or {@code expected}. */
    public static synchronized void install(MemoryHooks expected, MemoryHooks installed) {
        if (hooks != expected) {
            throw new IllegalStateException("other memory hooks are already installed");
        }
        hooks = installed;
    }

    /** An execution that records values begins ({@code true}) or ends ({@code false}). */
    public static synchronized void recordValues(boolean begin) {
        valueRecorders += begin ? 1 : -1;
    }

    public static void read(Object holder, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.read(holder, site);
        }
    }

    public static void write(Object holder, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.write(holder, site);
        }
    }

    public static void arrayRead(Object array, int index, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.arrayRead(array, index, site);
        }
    }

    public static void arrayWrite(Object array, int index, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.arrayWrite(array, index, site);
        }
    }

    public static void value(int v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    public static void value(boolean v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    public static void value(char v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    public static void value(long v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    public static void value(float v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    public static void value(double v) {
        MemoryHooks h = hooks;
        if (valueRecorders > 0 && h != null) {
            h.value(v);
        }
    }

    /** A reference read or stored: passed always, since storing one in a shared place publishes its object. */
    public static void value(Object v) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.value(v);
        }
    }

    public static void created(Object object) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.created(object);
        }
    }

    public static void sync(Object target, int action, String what) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.sync(target, action, what);
        }
    }

    public static void synced(int action) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.synced(action);
        }
    }
}
