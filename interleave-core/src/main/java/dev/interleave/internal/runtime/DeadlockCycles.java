package dev.interleave.internal.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.AbstractOwnableSynchronizer;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds a deadlock that no one outside it can end: tasks each waiting for a lock that the next one
 * holds, round a cycle, where nothing but that holder's release can end the wait. While another task
 * waits on the outside world, "no task can run" is not yet a deadlock (the outside may answer, and
 * its task release something); but such a cycle is one whatever the outside does, so it is reported
 * at once rather than after the outside-wait bound as a task stuck waiting outside.
 *
 * <p>A wait counts only where soundness is plain: entering a monitor the program's code takes
 * (uninterruptible, untimed, and only its owner can exit it), and an untimed, uninterruptible
 * {@code lock()} of a {@code ReentrantLock} or a {@code ReentrantReadWriteLock} whose write lock has
 * an owner (their {@code unlock} by any other thread throws). A {@code lockInterruptibly} or a timed
 * {@code tryLock} may be ended by an interrupt or a timeout, so it is no edge of a cycle.
 */
final class DeadlockCycles {

    private final Execution execution;

    DeadlockCycles(Execution execution) {
        this.execution = execution;
    }

    /** The tasks of a cycle of waits only the cycle can end, from its lowest task id; empty if none. */
    List<Task> find() {
        Map<Task, Task> waitsFor = new HashMap<>();
        for (Task task : execution.tasks()) {
            if (task.live() && !task.ready()) {
                Task holder = holder(task);
                if (holder != null && holder != task) {
                    waitsFor.put(task, holder);
                }
            }
        }
        for (Task start : execution.tasks()) {
            List<Task> path = new ArrayList<>();
            Task at = start;
            while (at != null && !path.contains(at)) {
                path.add(at);
                at = waitsFor.get(at);
            }
            if (at != null) {
                List<Task> cycle = path.subList(path.indexOf(at), path.size());
                return fromLowestId(cycle);
            }
        }
        return List.of();
    }

    private static List<Task> fromLowestId(List<Task> cycle) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).id < cycle.get(first).id) {
                first = i;
            }
        }
        List<Task> ordered = new ArrayList<>(cycle.subList(first, cycle.size()));
        ordered.addAll(cycle.subList(0, first));
        return ordered;
    }

    /** The task whose release alone can end {@code task}'s wait, or null. */
    private Task holder(Task task) {
        if (task.blocking() instanceof Blocking.EnteringMonitor entering) {
            return execution.monitors.owner(entering.monitor());
        }
        if (task.modelledStop() != null || JdkInternals.state(task.thread) != JdkInternals.PARKED) {
            return null;
        }
        if (!(LockSupport.getBlocker(task.thread) instanceof AbstractOwnableSynchronizer sync) || !isJdkLock(sync)) {
            return null;
        }
        Thread owner = WaitDescriber.exclusiveOwner(sync);
        return owner == null || !uninterruptible(task) ? null : execution.taskOf(owner);
    }

    /** The synchronizer of a lock whose owner alone can release it. */
    private static boolean isJdkLock(AbstractOwnableSynchronizer sync) {
        Class<?> outer = sync.getClass().getEnclosingClass();
        return outer == ReentrantLock.class || outer == ReentrantReadWriteLock.class;
    }

    /** Whether the task's acquire ignores interrupts: no frame of an interruptible (or timed) one. */
    private static boolean uninterruptible(Task task) {
        for (StackTraceElement frame : task.thread.getStackTrace()) {
            if (frame.getClassName().startsWith("java.util.concurrent.locks.")
                    && (frame.getMethodName().contains("Interruptibly") || frame.getMethodName().contains("Nanos"))) {
                return false;
            }
        }
        return true;
    }
}
