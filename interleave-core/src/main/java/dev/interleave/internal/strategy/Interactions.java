package dev.interleave.internal.strategy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The interactions between tasks that the executions so far have shown: a task used a location
 * (a field, an element, a lock) right after another task had written or released it, or wrote it
 * after another had read it. An execution that shows one not seen before reached new behaviour
 * (what the portfolio rewards); one that shows only known interactions re-ran, in effect, an
 * order already tried. An interaction is known by its location and the two tasks; locations are
 * known by object number and slot, which mean the same in executions that met their objects in
 * the same order.
 */
final class Interactions {

    /** Past this many, the set stops growing (a few tens of megabytes): later ones count as known. */
    private static final int MOST = 1 << 20;

    private final Set<Long> seen = new HashSet<>();
    /** In this execution, by slot: the task that last used it and whether that use wrote or ordered. */
    private final Map<Long, Integer> lastUser = new HashMap<>();
    private int newInExecution;

    void beginExecution() {
        lastUser.clear();
        newInExecution = 0;
    }

    /** {@code task}'s step used these locations. */
    void used(int task, long[] locations) {
        for (long location : locations) {
            long slot = location & ~3L;
            int use = Locations.use(location);
            boolean writes = use != Locations.READ;
            Integer before = lastUser.put(slot, task << 1 | (writes ? 1 : 0));
            if (before == null || before >>> 1 == task) {
                continue;
            }
            boolean beforeWrote = (before & 1) != 0;
            if (beforeWrote || writes) {
                // Which task came first, which second, and whether each wrote: one bit pattern per order.
                long key = slot * 31 + (((long) (before >>> 1) << 20 | task) << 2 | (beforeWrote ? 2 : 0) | (writes ? 1 : 0));
                if (seen.size() < MOST && seen.add(key)) {
                    newInExecution++;
                }
            }
        }
    }

    /** How many interactions this execution showed that no earlier one had. */
    int newInExecution() {
        return newInExecution;
    }
}
