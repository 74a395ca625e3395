package dev.interleave.runtime;

import dev.interleave.PointKind;
import dev.interleave.strategy.StepFootprint;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Records each step's {@link StepFootprint} for strategies that read them (POS, DFS with its
 * reduction); others pay nothing. Confined to the execution's driver thread.
 */
final class Footprints {

    /** A condition's lock: awaiting it releases and retakes the lock, so it stands for the lock. */
    private static final VarHandle CONDITION_OWNER;

    static {
        try {
            Class<?> condition = AbstractQueuedSynchronizer.ConditionObject.class;
            CONDITION_OWNER = MethodHandles.privateLookupIn(condition, MethodHandles.lookup())
                    .findVarHandle(condition, "this$0", AbstractQueuedSynchronizer.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final Object CONDITION = new Object();
    /** For a JDK lock, semaphore or latch class, its synchronizer field; CONDITION; or null. */
    private static final ClassValue<Object> SYNC_OF = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            if (type == AbstractQueuedSynchronizer.ConditionObject.class) {
                return CONDITION;
            }
            if (!type.getName().startsWith("java.util.concurrent.")) {
                return null;
            }
            try {
                return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                        .findVarHandle(type, "sync", type.getDeclaredField("sync").getType());
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
    };

    private final Execution execution;
    private int[] objects = new int[8];
    private int objectCount;
    private int namedBefore;
    /**
     * Footprints number objects on their own, by first mention in a footprint: numbering them
     * with the trace's names would make a trace's names depend on whether its strategy reads
     * footprints, and a schedule replayed by another strategy would read differently.
     */
    private final ObjectNames ids = new ObjectNames();
    private int tasksBefore;
    private boolean recording;
    /** The step used state shared outside what footprints name (atomics, thread numbers...). */
    private boolean unbounded;
    /** Tasks whose last step ended at an await point: their next step goes on with plain memory. */
    private final BitSet afterAwait = new BitSet();
    /**
     * What each blocked task blocked on: a task resumes inside that lock's, latch's or monitor's
     * acquire, so its next step touches it too. An object's number, or -(id + 1) for a joined task.
     */
    private final Map<Integer, Integer> resumesIn = new HashMap<>();

    Footprints(Execution execution) {
        this.execution = execution;
    }

    void begin() {
        objectCount = 0;
        namedBefore = ids.count();
        tasksBefore = execution.tasks().size();
        recording = true;
        unbounded = false;
    }

    /**
     * The running step touched state footprints do not name: an atomic, a concurrent collection,
     * a future, a thread number or a naming counter.
     */
    void shared() {
        if (recording) {
            unbounded = true;
        }
    }

    /**
     * The running step called a lock, condition, semaphore or latch without blocking. It stands
     * for the synchronizer a task blocked on it parks on; one of another kind is unbounded.
     */
    void synchronizerUsed(Object synchronizer) {
        Object sync = SYNC_OF.get(synchronizer.getClass());
        if (sync == null) {
            shared();
        } else if (sync == CONDITION) {
            touched(CONDITION_OWNER.get(synchronizer));
        } else {
            touched(((VarHandle) sync).get(synchronizer));
        }
    }

    /** The running step entered or left a monitor, or used a volatile field of the object, in program code. */
    void touched(Object object) {
        if (recording) {
            add(object);
        }
    }

    private void add(Object object) {
        addNumber(ids.number(object));
    }

    private void addNumber(int number) {
        if (objectCount == objects.length) {
            objects = Arrays.copyOf(objects, objectCount * 2);
        }
        objects[objectCount++] = number;
    }

    /** The step of {@code task} ended at a point of kind {@code kind}; {@code woken} are the tasks it made runnable. */
    StepFootprint end(Task task, PointKind kind, Object blocker, int[] woken) {
        recording = false;
        boolean global = switch (kind) {
            // A point of sync or preemptive mode: what it stands before is not named yet.
            case YIELD, TIMED_PARK, WAIT, STOPPED, SYNC, ACCESS -> true;
            case PARK -> !(blocker instanceof AbstractQueuedSynchronizer
                    || blocker instanceof AbstractQueuedSynchronizer.ConditionObject);
            case MONITOR -> enteringMonitor(task) == null;
            case EXIT -> false;
        };
        boolean awaited = global;
        // The code after an await point (or an unexplained park) is as unbounded as the code before it.
        global |= unbounded || afterAwait.get(task.id);
        afterAwait.set(task.id, awaited);
        int[] tasks = woken;
        Integer resumed = resumesIn.remove(task.id);
        if (resumed != null && resumed > 0) {
            addNumber(resumed);
        } else if (resumed != null) {
            tasks = append(tasks, -resumed - 1);
        }
        for (int id = tasksBefore; id < execution.tasks().size(); id++) {
            tasks = append(tasks, id);
        }
        if (kind == PointKind.EXIT) {
            tasks = append(tasks, task.id);
        } else if (kind == PointKind.MONITOR && enteringMonitor(task) != null) {
            add(enteringMonitor(task));
            resumesIn.put(task.id, objects[objectCount - 1]);
        } else if (kind == PointKind.PARK && blocker != null) {
            Task joined = execution.joinedBy(blocker);
            if (joined != null) {
                tasks = append(tasks, joined.id);
                resumesIn.put(task.id, -joined.id - 1);
            } else if (!global) {
                add(blocker instanceof AbstractQueuedSynchronizer.ConditionObject condition
                        ? CONDITION_OWNER.get(condition) : blocker);
                resumesIn.put(task.id, objects[objectCount - 1]);
            }
        }
        return new StepFootprint(task.id, kind, global, Arrays.copyOf(objects, objectCount), tasks, namedBefore);
    }

    /** The modelled monitor a task waits to enter, or null (a monitor JDK code holds is unnamed). */
    private static Object enteringMonitor(Task task) {
        return task.modelBlock == PointKind.MONITOR ? task.blockedOn : null;
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
