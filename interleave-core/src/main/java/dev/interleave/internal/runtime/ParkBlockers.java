package dev.interleave.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.AbstractQueuedLongSynchronizer;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * What a task parked in {@code java.util.concurrent.locks} waits on, read from its park's blocker:
 * the reduction asks whether the park is on a synchronizer's queue (whose state the step's
 * footprint names) or unexplained (the step is global), and which synchronizer it is. A task that
 * awaits a {@code Condition} parks with the {@code ConditionObject} as its blocker, but what orders
 * it with other tasks is the state of the condition's synchronizer, and a {@code ConditionObject}
 * reaches that only through its enclosing instance: the synthetic field {@code this$0}, which has
 * no accessor. It is read here, and only here, by a {@code VarHandle}; should a JDK rename it,
 * this class fails to initialize at once, instead of footprints that silently name the wrong state.
 */
final class ParkBlockers {

    private static final VarHandle CONDITION_OWNER = outerOf(AbstractQueuedSynchronizer.ConditionObject.class,
            AbstractQueuedSynchronizer.class);
    private static final VarHandle LONG_CONDITION_OWNER = outerOf(AbstractQueuedLongSynchronizer.ConditionObject.class,
            AbstractQueuedLongSynchronizer.class);

    private ParkBlockers() {
    }

    /** Whether {@code object} is a synchronizer or one of its conditions: a task parked on it waits in its queue. */
    static boolean queuesTasks(Object object) {
        return object instanceof AbstractQueuedSynchronizer || object instanceof AbstractQueuedLongSynchronizer
                || conditionOwner(object) != null;
    }

    /** The synchronizer whose state a task parked on {@code blocker} waits on: a condition's, or the blocker itself. */
    static Object synchronizer(Object blocker) {
        Object owner = conditionOwner(blocker);
        return owner != null ? owner : blocker;
    }

    /** The synchronizer of a condition, or null when {@code condition} is none. */
    static Object conditionOwner(Object condition) {
        if (condition instanceof AbstractQueuedSynchronizer.ConditionObject) {
            return CONDITION_OWNER.get(condition);
        }
        if (condition instanceof AbstractQueuedLongSynchronizer.ConditionObject) {
            return LONG_CONDITION_OWNER.get(condition);
        }
        return null;
    }

    private static VarHandle outerOf(Class<?> inner, Class<?> outer) {
        try {
            return MethodHandles.privateLookupIn(inner, MethodHandles.lookup()).findVarHandle(inner, "this$0", outer);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
