package dev.interleave.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which task holds which monitor, as instrumented program code reports it, so that a deadlock
 * report can say who holds the monitor a task waits for. The JVM does the locking; this only
 * watches. Confined to the execution's driver thread.
 */
final class MonitorTracker {

    private record Hold(Task owner, int count) {
    }

    private final Map<Object, Hold> holds = new IdentityHashMap<>();
    /** Where the running step's monitors are noted, when the strategy reads footprints. */
    Footprints footprints;

    void entering(Task task, Object monitor) {
        task.entering = monitor;
    }

    void entered(Task task, Object monitor) {
        task.entering = null;
        if (footprints != null) {
            footprints.touched(monitor);
        }
        holds.merge(monitor, new Hold(task, 1), (held, added) -> new Hold(held.owner(), held.count() + 1));
    }

    void exiting(Object monitor) {
        if (footprints != null) {
            footprints.touched(monitor);
        }
        Hold hold = holds.get(monitor);
        if (hold == null) {
            return;
        }
        if (hold.count() == 1) {
            holds.remove(monitor);
        } else {
            holds.put(monitor, new Hold(hold.owner(), hold.count() - 1));
        }
    }

    /** The task holding {@code monitor}, or null when none is known to. */
    Task owner(Object monitor) {
        Hold hold = holds.get(monitor);
        return hold == null ? null : hold.owner();
    }
}
