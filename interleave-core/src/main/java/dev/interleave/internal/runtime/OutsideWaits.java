package dev.interleave.internal.runtime;

import dev.interleave.Failure;
import dev.interleave.RunOptions;
import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * An execution's waits on the outside world: tasks parked until a socket, pipe or selector is
 * ready, and processes whose exit tasks may wait for. The outside answers in real time, at
 * moments no schedule decides, so its answers are let in only where the schedule is quiet: when no
 * task can run, the driver polls the descriptors (in task order) and looks for exited processes. The
 * virtual clock jumps only when no task waits outside (Go's synctest: only tasks blocked for good let
 * time jump); otherwise the driver waits in real time, the virtual clock following, up to a bound
 * past which the run ends as stuck, not as a deadlock. A program whose outside is its own loopback
 * sockets so replays the same: what a task wrote is readable at once, and nothing else answers.
 * Confined to the driver's thread, on which the tasks run too.
 */
final class OutsideWaits {

    /**
     * How long the driver waits for the outside world at most: the system property
     * {@value RunOptions#OUTSIDE_WAIT_PROPERTY}, in seconds or, ending in {@code ms}, milliseconds
     * (which the command line's {@code --outside-wait} and {@code @InterleaveTest(outsideWait)} set).
     */
    static long boundNanos() {
        String value = System.getProperty(RunOptions.OUTSIDE_WAIT_PROPERTY, "30").strip();
        try {
            return value.endsWith("ms") ? Long.parseLong(value.substring(0, value.length() - 2)) * 1_000_000L
                    : Long.parseLong(value) * 1_000_000_000L;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + RunOptions.OUTSIDE_WAIT_PROPERTY + "=" + value
                    + " is not a number of seconds (30) or milliseconds (500ms)");
        }
    }

    private static final long FIRST_SLICE_NANOS = 20_000;
    private static final long LAST_SLICE_NANOS = 10_000_000;
    /**
     * Real time waited for the outside since it last answered, across waits that a deadline ended
     * (a timer of the program's, a socket's timeout): a program whose timers tick while it waits
     * for a peer that never answers (an HTTP server's idle-connection timer, a heartbeat) is stuck
     * after the bound all the same, not woken by its own timers forever.
     */
    private long quietNanos;

    private final Execution execution;
    private final List<OutsideWait> waits = new ArrayList<>();
    /** Processes' exits the tasks wait for, in the order they were first asked for. */
    private final List<Exit> exits = new ArrayList<>();

    /** The JDK's completion of a process's exit, and the stand-in the program's tasks use. */
    private record Exit(CompletableFuture<?> real, CompletableFuture<Object> standIn) {
    }

    OutsideWaits(Execution execution) {
        this.execution = execution;
    }

    // ---- called by a task ----

    /**
     * Parks {@code task} until the driver finds the wait's descriptor ready for its events, it is
     * closed, or the wait's timeout (if any) of waiting outside has passed. The JDK's caller tries its
     * operation again, and comes back here if it would still block.
     */
    void awaitDescriptor(Task task, OutsideWait wait, BooleanSupplier isOpen) {
        waits.add(wait);
        try {
            if (isOpen.getAsBoolean()) {
                while (!wait.released && !Thread.currentThread().isInterrupted()) {
                    LockSupport.park(wait);
                }
            }
        } finally {
            waits.remove(wait);
        }
    }

    /** Whoever waits for {@code fd} goes on: it is being closed. */
    void stop(int fd, int events) {
        for (OutsideWait wait : List.copyOf(waits)) {
            if (wait.fd == fd && (wait.events & events) != 0) {
                release(wait);
            }
        }
    }

    /**
     * A task started a process or asked for its exit: it gets a stand-in for the JDK's completion,
     * the same for every ask about one process, which the driver completes once the process has
     * exited and no task can run (see {@link #deliverExits}).
     */
    CompletableFuture<?> exitAwaited(CompletableFuture<?> completion) {
        for (Exit exit : exits) {
            if (exit.real == completion) {
                return exit.standIn;
            }
        }
        Exit exit = new Exit(completion, new CompletableFuture<>());
        exits.add(exit);
        return exit.standIn;
    }

    // ---- called by the driver when the execution is over ----

    /**
     * A task left behind waiting for {@code System.in} holds the monitor of the JVM's one
     * {@code System.in} stream (its reads are {@code synchronized}) for good: the next execution's reads
     * would wait for it forever. They get a stream of their own on the same descriptor, which loses
     * nothing: a buffered stream reads its descriptor only once its buffer is empty.
     */
    void leftBehind() {
        for (OutsideWait wait : waits) {
            if (wait.descriptor == FileDescriptor.in) {
                System.setIn(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
                return;
            }
        }
    }

    // ---- called by the driver when no task can run ----

    /** Releases, in task order, the waits whose descriptors are ready; whether any was. */
    boolean releaseReady() {
        boolean any = false;
        for (OutsideWait wait : inTaskOrder()) {
            if (!wait.released && Descriptors.ready(wait.descriptor, wait.events)) {
                release(wait);
                any = true;
            }
        }
        return any;
    }

    /**
     * Completes the stand-ins of the processes that have exited, in the order they were asked for,
     * each in a task of its own (as the JDK's reaper thread would, but under control): what waits for
     * the exit then runs at points of the schedule. Whether there were any.
     */
    boolean deliverExits() {
        boolean any = false;
        for (Exit exit : List.copyOf(exits)) {
            if (exit.real.isDone()) {
                exits.remove(exit);
                execution.startTask("process reaper", () -> {
                    try {
                        exit.standIn.complete(exit.real.join());
                    } catch (RuntimeException e) {
                        exit.standIn.completeExceptionally(e);
                    }
                });
                any = true;
            }
        }
        return any;
    }

    /** Whether a process a task waits for is still running: the clock must not jump. */
    boolean processRunning() {
        return !exits.isEmpty();
    }

    /** Whether any task waits for the outside world. */
    boolean waiting() {
        return !waits.isEmpty() || processRunning();
    }

    /**
     * Waits in real time for the outside world to answer: a descriptor ready, a process's exit, or a
     * wake-up from a thread Interleave does not control ({@code arrived}). Meanwhile the virtual
     * clock follows real time: when the next deadline (a timer, or the timeout of a wait for a
     * descriptor) comes first, the clock moves exactly to it, so that a program whose outside does
     * not answer by itself (its own loopback sockets) runs the same every time. False when
     * {@code bound} passed with neither an answer nor a deadline.
     */
    boolean await(long bound, BooleanSupplier arrived) {
        long start = System.nanoTime();
        long slice = FIRST_SLICE_NANOS;
        while (true) {
            long waited = System.nanoTime() - start;
            if (arrived.getAsBoolean() || releaseReady() || deliverExits()) {
                pass(waited);
                quietNanos = 0;
                return true;
            }
            if (!waiting()) {
                return true;
            }
            long next = untilNextDeadline();
            if (waited >= next) {
                pass(next);
                quietNanos += next;
                return quietNanos < bound;
            }
            if (quietNanos + waited >= bound) {
                return false;
            }
            LockSupport.parkNanos(Math.min(slice, Math.min(next, bound - quietNanos) - waited));
            slice = Math.min(slice * 2, LAST_SLICE_NANOS);
        }
    }

    /** Real time until the earliest timer of the clock or timeout of a wait; Long.MAX_VALUE if none. */
    private long untilNextDeadline() {
        long next = execution.clock.untilNextTimer();
        for (OutsideWait wait : waits) {
            if (wait.timed() && !wait.released) {
                next = Math.min(next, wait.remainingNanos);
            }
        }
        return next;
    }

    /** Real time passed while waiting: timed waits run down and the clock moves. */
    private void pass(long nanos) {
        for (OutsideWait wait : inTaskOrder()) {
            if (wait.timed() && !wait.released) {
                wait.remainingNanos -= Math.min(nanos, wait.remainingNanos);
                if (wait.remainingNanos == 0) {
                    release(wait);
                }
            }
        }
        execution.clock.pass(nanos);
    }

    /** The run could wait no longer: what the tasks wait for outside, as a failure. */
    Failure stuck(long bound, List<String> instrumented) {
        String waited = bound % 1_000_000_000 == 0 ? bound / 1_000_000_000 + " s" : bound / 1_000_000 + " ms";
        StringBuilder text = new StringBuilder("stuck waiting outside for " + waited + ":");
        Task first = null;
        for (OutsideWait wait : inTaskOrder()) {
            first = first == null ? wait.task : first;
            String where = execution.attribution.ofStack(wait.task.thread.getStackTrace()).location();
            // A task of the JDK's (an HttpServer's dispatcher) has no line of the program's to name.
            text.append(" task ").append(wait.task.name).append(" waits for ").append(wait.what)
                    .append(where.isEmpty() ? "" : " in " + where).append(';');
        }
        if (processRunning()) {
            text.append(" a process has not exited;");
        }
        if (first == null) {
            first = execution.tasks().stream().filter(Task::live).findFirst().orElseThrow();
        }
        text.setLength(text.length() - 1);
        return new Failure.LimitExceeded(first.name, Failure.Limit.OUTSIDE_WAIT, text.toString(),
                execution.stackOf(first));
    }

    private static final Comparator<OutsideWait> BY_TASK = new ByTask();

    private static final class ByTask implements Comparator<OutsideWait> {
        @Override
        public int compare(OutsideWait a, OutsideWait b) {
            return Integer.compare(a.task.id, b.task.id);
        }
    }

    private List<OutsideWait> inTaskOrder() {
        List<OutsideWait> ordered = new ArrayList<>(waits);
        ordered.sort(BY_TASK);
        return ordered;
    }

    private static void release(OutsideWait wait) {
        wait.released = true;
        LockSupport.unpark(wait.task.thread);
    }
}
