package dev.interleave.internal.strategy;

/**
 * The reduction's independence relation, in one place: when a step is global (its effects cannot
 * be bounded), and when two steps are dependent (they may not commute), race (either could have
 * run first), or one lets the other run at all. DFS's reduction ({@link ExecutionRaces}, its sleep
 * sets) and POS ask it; the runtime feeds it typed events: how each step ended ({@link StepEnd})
 * and what it used ({@link StepFootprint}, whose locations {@link Locations} packs). The reduction
 * is sound as long as the runtime names every location a step used, or marks the step unbounded,
 * and this relation calls dependent every pair that may not commute.
 */
public final class Independence {

    private Independence() {
    }

    /**
     * Whether a step that ended so is an await point, whose effects footprints cannot bound. A
     * yield or a point of sync or preemptive mode changes nothing but whose turn it is: the
     * memory of the program's classes around it is recorded access by access, and the JDK's state
     * it may touch makes a step unbounded by itself; what the point stands before, the task's next
     * step records as its own. A timed park sets a timer, whose order among equal deadlines decides
     * who wakes first. An untimed wait on a modelled monitor releases it and joins its wait set,
     * both the monitor's state, which the footprint names; a timed one also sets a timer. A park on
     * a synchronizer's queue, and a block on a modelled monitor, name what they wait on; another
     * park, or a monitor that JDK code holds, is unexplained.
     */
    public static boolean awaits(StepEnd end) {
        // Tests, not a pattern switch: see the package's note on call sites.
        if (end instanceof StepEnd.Turn || end instanceof StepEnd.Exit) {
            return false;
        }
        if (end instanceof StepEnd.Stopped || end instanceof StepEnd.TimedPark) {
            return true;
        }
        if (end instanceof StepEnd.Park park) {
            return !park.queued();
        }
        if (end instanceof StepEnd.MonitorBlock block) {
            return !block.named();
        }
        if (end instanceof StepEnd.Wait wait) {
            return !wait.named() || wait.timed();
        }
        throw new IllegalArgumentException("a step end of no known kind: " + end);
    }

    /**
     * Whether a step is global, dependent on and racing with every step of another task: it ended
     * at an await point ({@code awaited}), it used state outside what footprints name ({@code
     * unbounded}: a concurrent collection, a future, a thread number...), or it began after an
     * await point of its task ({@code afterAwait}): the code after an await point, or an
     * unexplained park, is as unbounded as the code before it.
     */
    public static boolean global(boolean awaited, boolean unbounded, boolean afterAwait) {
        return awaited || unbounded || afterAwait;
    }

    /**
     * Whether the two steps are ordered, so that they may not commute: true unless both are
     * bounded, they name no task in common, and no location is used by both with one writing or
     * only ordering (a monitor's release and its next acquire). Conservative: an object the other
     * step met first cannot be told apart, so two steps that both met new objects are taken to
     * share them.
     */
    public static boolean dependent(StepFootprint a, StepFootprint b) {
        if (a.global() || b.global() || a.task() == b.task()) {
            return true;
        }
        if (intersects(a.tasks(), b.tasks())) {
            return true;
        }
        return ordered(a.accesses(), b.accesses(), known(a, b));
    }

    /**
     * Whether the two steps race: they are of different tasks, and either is global or both use a
     * location, one writing, neither only ordering. Unlike {@link #dependent}, a start and the
     * started task's first step, an end and a join of it, a release and the next acquire do not
     * race: the later could not have run first, so there is no other order to try.
     */
    public static boolean race(StepFootprint a, StepFootprint b) {
        if (a.task() == b.task()) {
            return false;
        }
        return a.global() || b.global() || conflict(a.accesses(), b.accesses(), known(a, b));
    }

    /**
     * Whether step {@code a} lets {@code b} run at all: it starts, wakes or ends b's task (a join),
     * or releases a monitor b then takes. When b's task could not run before a, their race cannot
     * be reversed.
     */
    public static boolean enables(StepFootprint a, StepFootprint b) {
        return intersects(a.tasks(), b.tasks()) || releases(a.accesses(), b.accesses(), known(a, b));
    }

    /**
     * Whether step {@code a}, or the access it stopped before, may not commute with {@code b}:
     * what POS asks of a task's pending step, which begins with that access.
     */
    public static boolean pendingDependent(StepFootprint a, StepFootprint b) {
        return dependent(a, b) || ordered(a.pending(), b.accesses(), known(a, b));
    }

    /** The objects both steps can tell apart: those numbered before either began. */
    private static int known(StepFootprint a, StepFootprint b) {
        return Math.min(a.namedBefore(), b.namedBefore());
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two sorted footprints race: a slot of one object that both use, neither only
     * ordering, one writing; or objects numbered above {@code known} in both (met first in the
     * step, so they cannot be told apart).
     */
    static boolean conflict(long[] a, long[] b, int known) {
        return meet(a, b, known, true);
    }

    /** Whether two sorted footprints are ordered: a slot of one object that both use, one writing or ordering. */
    static boolean ordered(long[] a, long[] b, int known) {
        return meet(a, b, known, false);
    }

    /** Whether {@code a} only orders (releases) a slot that {@code b} uses. */
    static boolean releases(long[] a, long[] b, int known) {
        for (long location : a) {
            if (Locations.use(location) == Locations.ORDER && Locations.object(location) <= known) {
                long key = Locations.key(location);
                for (long other : b) {
                    if (Locations.key(other) == key) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean meet(long[] a, long[] b, int known, boolean racesOnly) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        if (Locations.object(a[a.length - 1]) > known && Locations.object(b[b.length - 1]) > known) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long keyA = Locations.key(a[i]);
            long keyB = Locations.key(b[j]);
            if (keyA < keyB) {
                i++;
            } else if (keyA > keyB) {
                j++;
            } else {
                int usesA = 0;
                int usesB = 0;
                while (i < a.length && Locations.key(a[i]) == keyA) {
                    usesA |= 1 << Locations.use(a[i++]);
                }
                while (j < b.length && Locations.key(b[j]) == keyB) {
                    usesB |= 1 << Locations.use(b[j++]);
                }
                if (racesOnly) {
                    usesA &= ~(1 << Locations.ORDER);
                    usesB &= ~(1 << Locations.ORDER);
                    if (usesA != 0 && usesB != 0 && ((usesA | usesB) & (1 << Locations.WRITE)) != 0) {
                        return true;
                    }
                } else if (((usesA | usesB) & ((1 << Locations.WRITE) | (1 << Locations.ORDER))) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
