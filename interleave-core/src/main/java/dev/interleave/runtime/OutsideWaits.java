package dev.interleave.runtime;

import dev.interleave.Failure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * An execution's waits on the outside world: tasks parked until a socket, pipe or selector is
 * ready, and processes whose exit a task may be waiting for. The outside answers in real time, at
 * moments no schedule decides, so its answers are let in only where the schedule is quiet: when no
 * task can run, the driver polls the descriptors (in task order), and only if none is ready and no
 * process is running may the virtual clock jump; otherwise it waits in real time, the virtual clock
 * following, up to a bound past which the run ends as stuck, not as a deadlock. A program whose
 * outside is its own loopback sockets so replays the same: what a task wrote is readable at once.
 * Confined to the driver's thread, on which the tasks run too.
 */
final class OutsideWaits {

    /** How long the driver waits for the outside world at most: {@code interleave.outsideWait} seconds. */
    static long boundNanos() {
        return Long.getLong("interleave.outsideWait", 30) * 1_000_000_000L;
    }

    private static final long FIRST_SLICE_NANOS = 20_000;
    private static final long LAST_SLICE_NANOS = 10_000_000;

    private final Execution execution;
    private final List<OutsideWait> waits = new ArrayList<>();
    private final List<CompletableFuture<?>> exits = new ArrayList<>();

    OutsideWaits(Execution execution) {
        this.execution = execution;
    }

    // ---- called by a task ----

    /**
     * Parks {@code task} until the driver finds {@code fd} ready for {@code events}, it is closed, or
     * {@code nanos} (0: no limit) of waiting outside have passed. The JDK's caller tries its
     * operation again, and comes back here if it would still block.
     */
    void awaitDescriptor(Task task, int fd, int events, long nanos, BooleanSupplier isOpen, String what) {
        OutsideWait wait = new OutsideWait(task, fd, events, nanos, what);
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

    /** A task started a process or asked for its exit: until the reaper is done with it, it is outside. */
    void exitAwaited(CompletableFuture<?> completion) {
        if (!exits.contains(completion)) {
            exits.add(completion);
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

    /** Whether a process is still running (or its reaper still delivering): the clock must not jump. */
    boolean processRunning() {
        exits.removeIf(ProcessExits::settled);
        return !exits.isEmpty();
    }

    /** Whether any task waits for the outside world. */
    boolean waiting() {
        return !waits.isEmpty() || processRunning();
    }

    /**
     * Waits in real time for the outside world to answer: a descriptor ready, a wake-up from a
     * thread Interleave does not control ({@code arrived}), a process's exit delivered, a timeout
     * of a wait, or a timer of the virtual clock, which follows real time meanwhile. False when
     * {@code bound} passed with no answer.
     */
    boolean await(long bound, BooleanSupplier arrived) {
        long start = System.nanoTime();
        long last = start;
        long slice = FIRST_SLICE_NANOS;
        while (true) {
            if (arrived.getAsBoolean() || releaseReady() || !waiting()) {
                return true;
            }
            long now = System.nanoTime();
            if (passed(now - last)) {
                return true;
            }
            last = now;
            if (now - start >= bound) {
                return false;
            }
            LockSupport.parkNanos(Math.min(slice, bound - (now - start)));
            slice = Math.min(slice * 2, LAST_SLICE_NANOS);
        }
    }

    /** Real time passed while waiting: timed waits run down and the clock moves; whether a task woke. */
    private boolean passed(long nanos) {
        boolean any = false;
        for (OutsideWait wait : inTaskOrder()) {
            if (wait.timed() && !wait.released) {
                wait.remainingNanos -= Math.min(nanos, wait.remainingNanos);
                if (wait.remainingNanos == 0) {
                    release(wait);
                    any = true;
                }
            }
        }
        return execution.clock.pass(nanos) || any;
    }

    /** The run could wait no longer: what the tasks wait for outside, as a failure. */
    Failure stuck(long bound, List<String> instrumented) {
        StringBuilder text = new StringBuilder("stuck waiting outside for " + bound / 1_000_000_000 + " s:");
        Task first = null;
        for (OutsideWait wait : inTaskOrder()) {
            first = first == null ? wait.task : first;
            text.append(" task ").append(wait.task.name).append(" waits for ").append(wait.what).append(" in ")
                    .append(StackFilter.location(wait.task.thread, instrumented)).append(';');
        }
        if (processRunning()) {
            text.append(" a process has not exited;");
        }
        if (first == null) {
            first = execution.tasks().stream().filter(t -> t.started && !t.done).findFirst().orElseThrow();
        }
        text.setLength(text.length() - 1);
        return new Failure.LimitExceeded(first.name, Failure.Limit.OUTSIDE_WAIT, text.toString(),
                execution.stackOf(first));
    }

    private List<OutsideWait> inTaskOrder() {
        List<OutsideWait> ordered = new ArrayList<>(waits);
        ordered.sort(Comparator.comparingInt(w -> w.task.id));
        return ordered;
    }

    private static void release(OutsideWait wait) {
        wait.released = true;
        LockSupport.unpark(wait.task.thread);
    }
}
