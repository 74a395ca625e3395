package dev.interleave.runtime;

import dev.interleave.PointKind;
import dev.interleave.strategy.StepFootprint;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.BitSet;
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

    private final Execution execution;
    private int[] objects = new int[8];
    private int objectCount;
    private int namedBefore;
    private int tasksBefore;
    private boolean recording;
    /** The step used state shared outside what footprints name (thread numbers, counters). */
    private boolean unbounded;
    /** Tasks whose last step ended at an await point: their next step goes on with plain memory. */
    private final BitSet afterAwait = new BitSet();

    Footprints(Execution execution) {
        this.execution = execution;
    }

    void begin() {
        objectCount = 0;
        namedBefore = execution.names.count();
        tasksBefore = execution.tasks().size();
        recording = true;
        unbounded = false;
    }

    /** The running step drew a thread number or a counter: its order against others shows. */
    void sharedCounter() {
        unbounded = true;
    }

    /** The running step entered or left a monitor in program code. */
    void touched(Object object) {
        if (recording) {
            add(object);
        }
    }

    private void add(Object object) {
        if (objectCount == objects.length) {
            objects = Arrays.copyOf(objects, objectCount * 2);
        }
        objects[objectCount++] = execution.names.number(object);
    }

    /** The step of {@code task} ended at a point of kind {@code kind}; {@code woken} are the tasks it made runnable. */
    StepFootprint end(Task task, PointKind kind, Object blocker, int[] woken) {
        recording = false;
        boolean global = switch (kind) {
            case YIELD, TIMED_PARK, WAIT, STOPPED -> true;
            case PARK -> !(blocker instanceof AbstractQueuedSynchronizer
                    || blocker instanceof AbstractQueuedSynchronizer.ConditionObject);
            case MONITOR, EXIT -> false;
        };
        boolean awaited = global;
        // The code after an await point (or an unexplained park) is as unbounded as the code before it.
        global |= unbounded || afterAwait.get(task.id);
        afterAwait.set(task.id, awaited);
        int[] tasks = woken;
        for (int id = tasksBefore; id < execution.tasks().size(); id++) {
            tasks = append(tasks, id);
        }
        if (kind == PointKind.EXIT) {
            tasks = append(tasks, task.id);
        } else if (kind == PointKind.MONITOR && task.entering != null) {
            add(task.entering);
        } else if (kind == PointKind.PARK && !global) {
            Task joined = execution.joinedBy(blocker);
            if (joined != null) {
                tasks = append(tasks, joined.id);
            } else {
                add(blocker instanceof AbstractQueuedSynchronizer.ConditionObject condition
                        ? CONDITION_OWNER.get(condition) : blocker);
            }
        }
        return new StepFootprint(task.id, kind, global, Arrays.copyOf(objects, objectCount), tasks, namedBefore);
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
