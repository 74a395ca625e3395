package dev.interleave.internal.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The monitors of program code, modelled: who owns each, how often it re-entered, who waits to
 * enter, who waits for a notify. A task that must wait parks in Interleave's own scheduler, so a
 * monitor hand-off is an ordinary unpark by the task that releases it, in program order, and never
 * a message from the JDK's unblocker thread whose timing the scheduler would have to await.
 *
 * <p>Only the running task calls in, and one task runs at a time: no locking. The JVM still locks
 * (see {@code MonitorRewriter} in the agent), but a {@link Token} instead of the monitor: a token
 * belongs to one owner's hold of one monitor, so the JVM never waits for it, and the program's
 * methods keep the balanced locking that the JIT compilers need.
 */
final class MonitorModel {

    /** What the JVM locks for one owner's hold of a modelled monitor. */
    static final class Token {
        private final Monitor monitor;

        private Token(Monitor monitor) {
            this.monitor = monitor;
        }
    }

    private static final class Monitor {
        final Object object;
        Task owner;
        int count;
        /** The owner's token; a task that waits keeps its own and gets it back when it re-enters. */
        Token token;
        /** Tasks parked until the monitor is free, in the order they arrived. */
        final List<Task> entrants = new ArrayList<>();
        /** Tasks in {@code wait}, in the order they began to wait: {@code notify} takes the first. */
        final ArrayDeque<Waiter> waitSet = new ArrayDeque<>();

        Monitor(Object object) {
            this.object = object;
        }
    }

    private static final class Waiter {
        final Task task;
        boolean notified;

        Waiter(Task task) {
            this.task = task;
        }
    }

    private final ObjectTable<Monitor> monitors;
    private final VirtualClock clock;
    /** Where the running step's monitors are noted, when the strategy reads footprints. */
    Footprints footprints;

    MonitorModel(VirtualClock clock, ObjectTables objects) {
        this.clock = clock;
        this.monitors = objects.newTable();
    }

    /**
     * Enters {@code object}'s monitor for {@code task}, parking while another task owns it; returns
     * the token for the JVM to lock.
     */
    Token enter(Task task, Object object) {
        Monitor known = monitors.get(object);
        Monitor monitor = known != null ? known : monitors.put(object, new Monitor(object));
        acquire(task, object, monitor);
        // Noted once taken: a step that finds the monitor taken and queues only reads it.
        touched(object);
        if (monitor.count++ == 0) {
            monitor.token = new Token(monitor);
        }
        return monitor.token;
    }

    /**
     * Exits, given the monitor or its token: returns the token for the JVM to unlock, or null when
     * {@code task} does not hold it in this model.
     */
    Token exit(Task task, Object locked) {
        Monitor monitor = locked instanceof Token token ? token.monitor : monitors.get(locked);
        if (monitor == null || monitor.owner != task) {
            return null;
        }
        if (footprints != null) {
            footprints.released(monitor.object);
        }
        Token token = monitor.token;
        if (--monitor.count == 0) {
            monitor.token = null;
            release(monitor);
        }
        return token;
    }

    /**
     * The monitor that {@code locked} (a monitor or its token) stands for, when {@code task} holds it
     * in this model; else null.
     */
    Object heldMonitor(Task task, Object locked) {
        Monitor monitor = locked instanceof Token token ? token.monitor : monitors.get(locked);
        return monitor != null && monitor.owner == task ? monitor.object : null;
    }

    /** Whether a task other than {@code task} holds {@code object}'s monitor. */
    boolean heldByAnother(Task task, Object object) {
        Monitor monitor = monitors.get(object);
        return monitor != null && monitor.owner != null && monitor.owner != task;
    }

    boolean holds(Task task, Object object) {
        Monitor monitor = monitors.get(object);
        return monitor != null && monitor.owner == task;
    }

    /**
     * {@code object.wait()} for up to {@code nanos} of virtual time (0: no limit). As in the JVM, the
     * monitor is released while waiting and re-entered, at its former depth, before returning or
     * throwing; a wait ends by a notify, the timeout or an interrupt, never spuriously.
     */
    void await(Task task, Object object, long nanos) throws InterruptedException {
        Monitor monitor = monitors.get(object);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        int depth = monitor.count;
        Token token = monitor.token;
        monitor.count = 0;
        monitor.token = null;
        release(monitor);
        Waiter waiter = new Waiter(task);
        monitor.waitSet.addLast(waiter);
        boolean interrupted = false;
        long deadline = nanos == 0 ? 0 : saturatedAdd(clock.nanoTime(), nanos);
        Blocking waiting = new Blocking.AwaitingNotify(object, nanos != 0);
        while (!waiter.notified) {
            if (nanos == 0) {
                task.blockedBy(waiting);
                LockSupport.park(object);
            } else {
                long remaining = deadline - clock.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                task.blockedBy(waiting);
                LockSupport.parkNanos(object, remaining);
            }
            task.unblocked();
            if (Thread.interrupted()) {
                interrupted = true;
                break;
            }
        }
        if (!waiter.notified) {
            monitor.waitSet.remove(waiter);
        }
        acquire(task, object, monitor);
        monitor.count = depth;
        monitor.token = token;
        if (interrupted) {
            throw new InterruptedException();
        }
    }

    /** {@code notify} or {@code notifyAll}: the waiters wake once the notifier releases the monitor. */
    void notify(Object object, boolean all) {
        touched(object);
        Monitor monitor = monitors.get(object);
        do {
            Waiter waiter = monitor.waitSet.pollFirst();
            if (waiter == null) {
                return;
            }
            waiter.notified = true;
            monitor.entrants.add(waiter.task);
        } while (all);
    }

    /** The task that owns {@code object}'s monitor, or null. */
    Task owner(Object object) {
        Monitor monitor = monitors.get(object);
        return monitor == null ? null : monitor.owner;
    }

    private void acquire(Task task, Object object, Monitor monitor) {
        if (monitor.owner == task || monitor.owner == null) {
            monitor.owner = task;
            return;
        }
        // Entering a monitor cannot be interrupted: keep the interrupt for later, or every park
        // would return at once.
        boolean interrupted = Thread.interrupted();
        Blocking entering = new Blocking.EnteringMonitor(object);
        while (monitor.owner != null) {
            monitor.entrants.add(task);
            task.blockedBy(entering);
            LockSupport.park(object);
            task.unblocked();
            interrupted |= Thread.interrupted();
        }
        monitor.owner = task;
        if (interrupted) {
            JdkInternals.setInterrupted(task.thread);
        }
    }

    /**
     * Frees the monitor and makes every task waiting to enter it runnable: which of them gets it is
     * the strategy's choice of which runs first; the others find it taken and queue again. Each is
     * unparked once, so no stray permit is left for a later park of the program's.
     */
    private static void release(Monitor monitor) {
        monitor.owner = null;
        for (Task entrant : monitor.entrants) {
            LockSupport.unpark(entrant.thread);
        }
        monitor.entrants.clear();
    }

    private void touched(Object object) {
        if (footprints != null) {
            footprints.touched(object);
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
