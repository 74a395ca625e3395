package dev.interleave.internal.strategy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The slots (see {@link Locations}) that more than one task has used, one of them writing, in the
 * executions so far: an access to one of them is an event the selective walk weighs. Slots are
 * known by object number and slot, which mean the same in executions that met their objects in
 * the same order; a slot wrongly taken for shared only makes the walk less selective.
 */
final class SharedSlots {

    private static final int SHARED = -1;

    /** By slot: the one task that used it, or {@link #SHARED}. */
    private final Map<Long, Integer> users = new HashMap<>();
    private final Set<Long> written = new HashSet<>();

    /** {@code task}'s step used these locations. */
    void used(int task, long[] locations) {
        for (long location : locations) {
            long slot = slot(location);
            Integer before = users.get(slot);
            if (before == null) {
                users.put(slot, task);
            } else if (before != task) {
                users.put(slot, SHARED);
            }
            if (Locations.use(location) != Locations.READ) {
                written.add(slot);
            }
        }
    }

    /** Whether an access to {@code location} may race with another task's. */
    boolean racy(long location) {
        long slot = slot(location);
        return users.getOrDefault(slot, 0) == SHARED && written.contains(slot);
    }

    private static long slot(long location) {
        return location & ~3L;
    }
}
