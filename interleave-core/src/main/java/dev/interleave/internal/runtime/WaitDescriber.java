package dev.interleave.internal.runtime;

import dev.interleave.BlockedTask;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.AbstractOwnableSynchronizer;
import java.util.concurrent.locks.LockSupport;

/**
 * Says what a blocked task waits for and, where it can be known, which task holds it: the owner
 * of a lock (from the synchronizer) or of a monitor (from instrumented program code).
 */
final class WaitDescriber {

    private static final MethodHandle EXCLUSIVE_OWNER;

    static {
        try {
            EXCLUSIVE_OWNER = MethodHandles.privateLookupIn(AbstractOwnableSynchronizer.class, MethodHandles.lookup())
                    .findVirtual(AbstractOwnableSynchronizer.class, "getExclusiveOwnerThread",
                            MethodType.methodType(Thread.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Execution execution;

    WaitDescriber(Execution execution) {
        this.execution = execution;
    }

    BlockedTask describe(Task task) {
        var stack = execution.stackOf(task);
        if (task.blocking() instanceof Blocking.EnteringMonitor m) {
            Task owner = execution.monitors.owner(m.monitor());
            return new BlockedTask(task.name, "monitor " + execution.names.of(m.monitor()),
                    owner == null ? null : owner.name, stack);
        }
        if (task.blocking() instanceof Blocking.AwaitingNotify w) {
            return new BlockedTask(task.name, "a notify on " + execution.names.of(w.monitor()) + " (Object.wait)",
                    null, stack);
        }
        int state = JdkInternals.state(task.thread);
        if (state == JdkInternals.BLOCKED || state == JdkInternals.UNBLOCKED) {
            return new BlockedTask(task.name, "a monitor that JDK code holds", null, stack);
        }
        if (state == JdkInternals.WAIT || state == JdkInternals.TIMED_WAIT) {
            return new BlockedTask(task.name, "a notify (Object.wait in JDK code)", null, stack);
        }
        Object blocker = LockSupport.getBlocker(task.thread);
        if (blocker == null) {
            return new BlockedTask(task.name, "an unpark (LockSupport.park)", null, stack);
        }
        Task joined = execution.joinedBy(blocker);
        if (joined != null) {
            return new BlockedTask(task.name, "the end of " + joined.name + " (join)", joined.name, stack);
        }
        return new BlockedTask(task.name, execution.names.of(blocker), ownerName(blocker), stack);
    }

    private String ownerName(Object blocker) {
        Thread owner = blocker instanceof AbstractOwnableSynchronizer synchronizer ? exclusiveOwner(synchronizer) : null;
        if (owner == null) {
            return null;
        }
        Task task = execution.taskOf(owner);
        return task != null ? task.name : owner.getName();
    }

    /** The thread that holds {@code synchronizer} exclusively, or null. */
    static Thread exclusiveOwner(AbstractOwnableSynchronizer synchronizer) {
        try {
            return (Thread) EXCLUSIVE_OWNER.invokeExact(synchronizer);
        } catch (Throwable e) {
            return null;
        }
    }
}
