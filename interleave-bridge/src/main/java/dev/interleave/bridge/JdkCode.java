package dev.interleave.bridge;

/**
 * What the JDK classes a run chose to instrument as program code ({@code --instrument}) call
 * instead of {@link Memory} and {@link Bridge}: the same entry points, each with the number of the
 * class (with its nested classes) it comes from. A call counts only where the runtime's gate says
 * so: inside a task of a run that asked for that class, from the program's use of it, never from
 * Interleave's own (its scheduler, race detector and task API use the JDK's collections too, on
 * the tasks' threads). Elsewhere each does what the JDK would: a monitor is the JVM's.
 */
public final class JdkCode {

    /** Decides whether a call from instrumented JDK code counts. */
    @FunctionalInterface
    public interface Gate {
        boolean counts(int group);
    }

    /** Instruments a JDK class (and its nested classes) as program code, once per JVM; answers its number. */
    @FunctionalInterface
    public interface Instrumenter {
        int instrument(String className);
    }

    private static volatile Gate gate;
    private static volatile Instrumenter instrumenter;

    private JdkCode() {
    }

    /** Installs the runtime's gate; the previous gate must be null or {@code expected}. */
    public static synchronized void install(Gate expected, Gate installed) {
        if (gate != expected) {
            throw new IllegalStateException("another gate for instrumented JDK code is already installed");
        }
        gate = installed;
    }

    /**
     * Whether {@code name} is the class {@code topLevel} or one nested in it, both names in the same
     * form (binary or internal): the class a run names and the classes it covers.
     */
    public static boolean covers(String topLevel, String name) {
        return name.startsWith(topLevel) && (name.length() == topLevel.length() || name.charAt(topLevel.length()) == '$');
    }

    /** Set by the agent. */
    public static void setInstrumenter(Instrumenter agent) {
        instrumenter = agent;
    }

    /**
     * Instruments the JDK class {@code className} and its nested classes as program code, and
     * returns the number their calls carry.
     *
     * @throws IllegalArgumentException when it is not a JDK class that can be instrumented
     * @throws IllegalStateException when the agent is not attached
     */
    public static int instrument(String className) {
        Instrumenter agent = instrumenter;
        if (agent == null) {
            throw new IllegalStateException("the Interleave agent is not attached");
        }
        return agent.instrument(className);
    }

    private static boolean counts(int group) {
        Gate g = gate;
        return g != null && g.counts(group);
    }

    // ---- Memory's entry points ----

    public static void read(Object holder, int site, int group) {
        if (counts(group)) {
            Memory.read(holder, site);
        }
    }

    public static void write(Object holder, int site, int group) {
        if (counts(group)) {
            Memory.write(holder, site);
        }
    }

    public static void arrayRead(Object array, int index, int site, int group) {
        if (counts(group)) {
            Memory.arrayRead(array, index, site);
        }
    }

    public static void arrayWrite(Object array, int index, int site, int group) {
        if (counts(group)) {
            Memory.arrayWrite(array, index, site);
        }
    }

    public static void value(int v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(boolean v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(char v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(long v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(float v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(double v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void value(Object v, int group) {
        if (counts(group)) {
            Memory.value(v);
        }
    }

    public static void created(Object object, int group) {
        if (counts(group)) {
            Memory.created(object);
        }
    }

    public static void sync(Object target, int action, String what, int group) {
        if (counts(group)) {
            Memory.sync(target, action, what);
        }
    }

    public static void synced(int action, int group) {
        if (counts(group)) {
            Memory.synced(action);
        }
    }

    public static void call(Object receiver, int site, int group) {
        if (counts(group)) {
            Memory.call(receiver, site);
        }
    }

    public static void returned(int site, int group) {
        if (counts(group)) {
            Memory.returned(site);
        }
    }

    public static void unsafeAccess(Object holder, long offset, Object stored, int site, int group) {
        if (counts(group)) {
            Memory.unsafeAccess(holder, offset, stored, site);
        }
    }

    public static void handleAccess(Object handle, Object holder, int index, Object stored, int site, int group) {
        if (counts(group)) {
            Memory.handleAccess(handle, holder, index, stored, site);
        }
    }

    // ---- Bridge's entry points for monitors, footprints and loops ----

    public static Object monitorEnter(Object monitor, int group) {
        return counts(group) ? Bridge.monitorEnter(monitor) : monitor;
    }

    public static Object monitorExit(Object locked, int group) {
        return counts(group) ? Bridge.monitorExit(locked) : locked;
    }

    public static void monitorWait(Object monitor, int group) throws InterruptedException {
        if (counts(group)) {
            Bridge.monitorWait(monitor);
        } else {
            monitor.wait();
        }
    }

    public static void monitorWait(Object monitor, long millis, int group) throws InterruptedException {
        if (counts(group)) {
            Bridge.monitorWait(monitor, millis);
        } else {
            monitor.wait(millis);
        }
    }

    public static void monitorWait(Object monitor, long millis, int nanos, int group) throws InterruptedException {
        if (counts(group)) {
            Bridge.monitorWait(monitor, millis, nanos);
        } else {
            monitor.wait(millis, nanos);
        }
    }

    public static void monitorNotify(Object monitor, int group) {
        if (counts(group)) {
            Bridge.monitorNotify(monitor);
        } else {
            monitor.notify();
        }
    }

    public static void monitorNotifyAll(Object monitor, int group) {
        if (counts(group)) {
            Bridge.monitorNotifyAll(monitor);
        } else {
            monitor.notifyAll();
        }
    }

    public static boolean holdsLock(Object monitor, int group) {
        return counts(group) ? Bridge.holdsLock(monitor) : Thread.holdsLock(monitor);
    }

    public static void objectTouched(Object object, int group) {
        if (counts(group)) {
            Bridge.objectTouched(object);
        }
    }

    public static void sharedAccess(int group) {
        if (counts(group)) {
            Bridge.sharedAccess();
        }
    }

    public static void loopIteration(int group) {
        if (counts(group)) {
            Bridge.loopIteration();
        }
    }
}
