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
    /** {@code Thread.start()}. */
    public static final int THREAD_START = 5;
    /** {@code Thread.join}. */
    public static final int THREAD_JOIN = 6;
    /** {@code Object.wait}: releases the monitor and takes it again. */
    public static final int WAIT = 7;
    /** {@code Object.notify}. */
    public static final int NOTIFY = 8;
    /** {@code Object.notifyAll}. */
    public static final int NOTIFY_ALL = 9;

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

    /** Before a call at {@code site} (see {@link SyncSites}); {@code receiver} is null for a static method. */
    public static void call(Object receiver, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.call(receiver, site);
        }
    }

    /** The call at {@code site} returned. */
    public static void returned(int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.returned(site);
        }
    }

    /**
     * Before an {@code Unsafe} access at {@code site} to {@code offset} of {@code holder} (null: an
     * address); {@code stored} is the reference it stores, if any.
     */
    public static void unsafeAccess(Object holder, long offset, Object stored, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.unsafeAccess(holder, offset, stored, site);
        }
    }

    /**
     * Before an atomic access at {@code site} through {@code handle}: a {@code VarHandle} (with its
     * first coordinate when it is a reference, and its second when it is an int, else null and -1),
     * a field updater (with the object whose field it updates), or an atomic array (with the index);
     * {@code stored} is the reference it stores, if any.
     */
    public static void handleAccess(Object handle, Object holder, int index, Object stored, int site) {
        MemoryHooks h = hooks;
        if (h != null) {
            h.handleAccess(handle, holder, index, stored, site);
        }
    }
}
