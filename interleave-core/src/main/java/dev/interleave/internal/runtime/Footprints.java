package dev.interleave.internal.runtime;

import dev.interleave.PointKind;
import dev.interleave.internal.strategy.Independence;
import dev.interleave.internal.strategy.Locations;
import dev.interleave.internal.strategy.StepEnd;
import dev.interleave.internal.strategy.StepFootprint;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Records each step's {@link StepFootprint} for strategies that read them (POS, DFS with its
 * reduction); others pay nothing. It records what a step did and how it ended, as typed events;
 * what that means for the reduction (whether the step is global, which steps commute) is decided
 * by {@link Independence}. Confined to the execution's driver thread.
 */
final class Footprints {

    private final Execution execution;
    /** The running step's locations (see {@link Locations}), compacted when the array fills. */
    private long[] accesses = new long[16];
    private int accessCount;
    /** The location the running step stopped before, if it stopped at a point of sync or preemptive mode. */
    private long pending = NONE;
    private static final long NONE = -1;
    private int namedBefore;
    /**
     * Footprints number objects on their own, by first mention in a footprint: numbering them
     * with the trace's names would make a trace's names depend on whether its strategy reads
     * footprints, and a schedule replayed by another strategy would read differently.
     */
    private final ObjectIds ids;
    private int tasksBefore;
    /** Tasks whose life the running step read. */
    private int[] lives = NO_TASKS;
    private static final int[] NO_TASKS = new int[0];
    private boolean recording;
    /** The step used state shared outside what footprints name (a concurrent collection, thread numbers...). */
    private boolean unbounded;
    /** Tasks whose last step ended at an await point: their next step goes on with plain memory. */
    private final BitSet afterAwait = new BitSet();
    /** Tasks that have taken a step. */
    private final BitSet begun = new BitSet();
    /**
     * What each blocked task blocked on: a task resumes inside that lock's, latch's or monitor's
     * acquire, so its next step touches it too. A location, or -(id + 1) for a joined task.
     */
    private final Map<Integer, Long> resumesIn = new HashMap<>();

    Footprints(Execution execution) {
        this.execution = execution;
        this.ids = new ObjectIds(execution.objects);
    }

    void begin() {
        accessCount = 0;
        lives = NO_TASKS;
        pending = NONE;
        namedBefore = ids.count();
        tasksBefore = execution.tasks().size();
        recording = true;
        unbounded = false;
    }

    /**
     * The running step touched state footprints do not name: a concurrent collection, a future,
     * a field updater, a thread number or a naming counter.
     */
    void shared() {
        if (recording) {
            unbounded = true;
        }
    }

    /**
     * The running step changed the synchronization state of {@code object}: entered or left its
     * monitor, notified it, or updated it (an atomic).
     */
    void touched(Object object) {
        usedSyncState(object, Locations.WRITE);
    }

    /**
     * The running step released {@code object}'s monitor: the next acquire is ordered after it, but
     * does not race with it (it could not have come first).
     */
    void released(Object object) {
        usedSyncState(object, Locations.ORDER);
    }

    /** The running step read an atomic's value without changing it. */
    void read(Object object) {
        usedSyncState(object, Locations.READ);
    }

    private void usedSyncState(Object object, int use) {
        if (recording) {
            add(Locations.of(ids.number(object), Locations.SYNC, use));
        }
    }

    /** The running step read or wrote {@code slot} (a field or element, see {@link Locations}) of {@code holder}. */
    void accessed(Object holder, int slot, boolean write) {
        if (recording) {
            add(Locations.of(ids.number(holder), slot, write));
        }
    }

    /** The running step learned whether {@code task} had ended (a join that did not block). */
    void lifeRead(Task task) {
        if (recording) {
            lives = append(lives, task.id);
        }
    }

    /** The running step stopped before an access to {@code slot} of {@code holder}: its task's next step begins with it. */
    void stoppedBefore(Object holder, int slot, boolean write) {
        if (recording) {
            pending = Locations.of(ids.number(holder), slot, write);
        }
    }

    private void add(long location) {
        if (accessCount > 0 && accesses[accessCount - 1] == location) {
            return; // a loop over one location
        }
        if (accessCount == accesses.length) {
            accessCount = Locations.compact(accesses, accessCount);
            if (accessCount > accesses.length / 2) {
                accesses = Arrays.copyOf(accesses, accesses.length * 2);
            }
        }
        accesses[accessCount++] = location;
    }

    /** The step of {@code task} ended at a point of kind {@code kind}; {@code woken} are the tasks it made runnable. */
    StepFootprint end(Task task, PointKind kind, Object blocker, int[] woken) {
        recording = false;
        boolean awaited = Independence.awaits(endOf(task, kind, blocker));
        boolean global = Independence.global(awaited, unbounded, afterAwait.get(task.id));
        afterAwait.set(task.id, awaited);
        int[] tasks = waitedOn(task, kind, blocker, global, livesTouched(task, woken));
        int count = Locations.compact(accesses, accessCount);
        long[] stoppedBefore = pending == NONE ? new long[0] : new long[] {pending};
        return new StepFootprint(task.id, kind, global, Arrays.copyOf(accesses, count), tasks, namedBefore,
                stoppedBefore);
    }

    /**
     * The tasks whose life the step touched, before how it ended: those it woke or started, those
     * whose end it read, the task it resumes from joining, and its own in its first step.
     */
    private int[] livesTouched(Task task, int[] woken) {
        // A task that yields is woken again by its own step: that names no other task's life.
        int[] tasks = new int[woken.length];
        int count = 0;
        for (int id : woken) {
            if (id != task.id) {
                tasks[count++] = id;
            }
        }
        tasks = count == tasks.length ? tasks : Arrays.copyOf(tasks, count);
        for (int id : lives) {
            tasks = append(tasks, id);
        }
        Long resumed = resumesIn.remove(task.id);
        if (resumed != null && resumed >= 0) {
            add(resumed);
        } else if (resumed != null) {
            tasks = append(tasks, (int) (-resumed - 1));
        }
        for (int id = tasksBefore; id < execution.tasks().size(); id++) {
            tasks = append(tasks, id);
        }
        if (!begun.get(task.id)) {
            // A task's first step comes after what started it.
            begun.set(task.id);
            tasks = append(tasks, task.id);
        }
        return tasks;
    }

    /**
     * What the step's end names, added to {@code tasks}: its task's end, or the monitor, the
     * synchronizer or the task it blocked on, inside whose acquire or join its next step resumes.
     */
    private int[] waitedOn(Task task, PointKind kind, Object blocker, boolean global, int[] tasks) {
        if (kind == PointKind.EXIT) {
            return append(tasks, task.id);
        }
        if (kind == PointKind.WAIT && !global) {
            blockedOn(task, task.modelledMonitor(), true);
        } else if (kind == PointKind.MONITOR && enteringMonitor(task) != null) {
            // Finding a monitor taken only reads it: its release wakes every task queued on it,
            // whatever their order, so two tasks queueing commute.
            blockedOn(task, enteringMonitor(task), false);
        } else if (kind == PointKind.PARK && blocker != null) {
            Task joined = execution.joinedBy(blocker);
            if (joined != null) {
                resumesIn.put(task.id, (long) -joined.id - 1);
                return append(tasks, joined.id);
            } else if (!global) {
                // A lock's queue is ordered: its release wakes the first task queued.
                blockedOn(task, ParkBlockers.synchronizer(blocker), true);
            }
        }
        return tasks;
    }

    /** How the step ended, as far as the runtime knows: what it waits on, and whether its footprint names that. */
    private static StepEnd endOf(Task task, PointKind kind, Object blocker) {
        return switch (kind) {
            case YIELD, SYNC, ACCESS -> StepEnd.TURN;
            case EXIT -> StepEnd.EXIT;
            case STOPPED -> StepEnd.STOPPED;
            case TIMED_PARK -> StepEnd.TIMED_PARK;
            case PARK -> new StepEnd.Park(ParkBlockers.queuesTasks(blocker));
            case MONITOR -> new StepEnd.MonitorBlock(enteringMonitor(task) != null);
            case WAIT -> task.blocking() instanceof Blocking.AwaitingNotify wait
                    ? new StepEnd.Wait(true, wait.timed()) : new StepEnd.Wait(false, false);
        };
    }

    /**
     * The task queued on the synchronizer or monitor {@code object} ({@code queueing}: changing its
     * state); when it resumes, it resumes inside the acquire, so its next step changes it.
     */
    private void blockedOn(Task task, Object object, boolean queueing) {
        int number = ids.number(object);
        add(Locations.of(number, Locations.SYNC, queueing));
        resumesIn.put(task.id, Locations.of(number, Locations.SYNC, true));
    }

    /** The modelled monitor a task waits to enter, or null (a monitor JDK code holds is unnamed). */
    private static Object enteringMonitor(Task task) {
        return task.blocking() instanceof Blocking.EnteringMonitor entering ? entering.monitor() : null;
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
