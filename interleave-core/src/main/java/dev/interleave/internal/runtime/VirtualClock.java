package dev.interleave.internal.runtime;

import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An execution's clock. It jumps to the next timer when no task can run (trio's autojump clock,
 * Go's synctest): a program that sleeps for an hour ends at once, and timeouts fire in a
 * deterministic order (deadline, then the order they were set). While tasks run it stands still,
 * except when they keep running for long: past {@value #FREE_LOOP_ITERATIONS} iterations of a
 * program loop without a scheduling point, each iteration moves it on by
 * {@value #LOOP_ITERATION_NANOS} ns, and past {@value #FREE_STEPS} steps without the clock jumping,
 * each step moves it on by {@value #STEP_NANOS} ns. So a loop bounded by the clock
 * ({@code while (System.nanoTime() < end)}) ends as it would on a real one, and a task that sleeps
 * while another spins (with or without scheduling points in its loop) wakes, after a number of
 * iterations and steps that the schedule alone decides, while short runs leave the clock's figures
 * round; timers that this makes due fire at the next scheduling point. Confined to the execution's
 * driver thread.
 */
final class VirtualClock {

    /** What {@code System.nanoTime()} reads at the start of every execution. */
    static final long NANO_TIME_ORIGIN = 1_000_000_000_000L;
    /** What {@code System.currentTimeMillis()} reads at the start: 2026-01-01T00:00:00Z. */
    static final long EPOCH_MILLIS_ORIGIN = 1_767_225_600_000L;

    /** How far the clock moves at each iteration of a long program loop. */
    static final long LOOP_ITERATION_NANOS = 1_000;
    /** Iterations of a loop, in one step, that leave the clock where it is. */
    static final int FREE_LOOP_ITERATIONS = 1_000;
    /** How far the clock moves at each step of a long run of steps. */
    static final long STEP_NANOS = 1_000;
    /** Steps after the clock last jumped that leave it where it is. */
    static final int FREE_STEPS = 1_000;

    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long now;
    private long sequence;
    /** Steps since the clock last jumped to a timer. */
    private long busySteps;

    long elapsedNanos() {
        return now;
    }

    long nanoTime() {
        return NANO_TIME_ORIGIN + now;
    }

    long currentTimeMillis() {
        return EPOCH_MILLIS_ORIGIN + now / 1_000_000;
    }

    /** As {@code VM.getNanoTimeAdjustment}: nanoseconds since the epoch minus the offset. */
    long nanoTimeAdjustment(long offsetSeconds) {
        long epochNanos = EPOCH_MILLIS_ORIGIN * 1_000_000 + now;
        long adjustment = epochNanos - offsetSeconds * 1_000_000_000L;
        // The JDK answers -1 when the offset is over 2^32 seconds away.
        return Math.abs(adjustment) > (1L << 32) * 1_000_000_000L ? -1 : adjustment;
    }

    Future<?> schedule(Runnable wakeUp, long delay, TimeUnit unit) {
        long nanos = Math.max(0, unit.toNanos(delay));
        long deadline = nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        Timer timer = new Timer(deadline, sequence++, wakeUp);
        timers.add(timer);
        return timer;
    }

    boolean hasTimers() {
        dropCancelled();
        return !timers.isEmpty();
    }

    /** A task takes a step: after many steps with no jump, time passes as it would while tasks run. */
    void step() {
        if (++busySteps > FREE_STEPS) {
            now += STEP_NANOS;
        }
    }

    /** A task went round a long loop: time passes as it would while code runs. */
    void loopIteration() {
        now += LOOP_ITERATION_NANOS;
    }

    /** Whether a timer is due now (running tasks moved the clock past its deadline). */
    boolean hasDue() {
        dropCancelled();
        return !timers.isEmpty() && timers.peek().deadline <= now;
    }

    /** Runs, in order, every timer that running tasks made due; whether any was. */
    boolean fireDue() {
        dropCancelled();
        if (timers.isEmpty() || timers.peek().deadline > now) {
            return false;
        }
        fireUpTo(now);
        return true;
    }

    /** Time until the earliest timer, or Long.MAX_VALUE when none is set. */
    long untilNextTimer() {
        dropCancelled();
        return timers.isEmpty() ? Long.MAX_VALUE : Math.max(0, timers.peek().deadline - now);
    }

    /**
     * Real time passed while the driver waited for the outside world, which keeps real time: the
     * clock follows it, and fires the timers that fell due.
     */
    void pass(long nanos) {
        now += nanos;
        busySteps = 0;
        fireDue();
    }

    /** Moves the clock to the earliest timer and runs every timer due then, in order. */
    void advanceAndFire() {
        dropCancelled();
        Timer first = timers.peek();
        if (first == null) {
            return;
        }
        now = Math.max(now, first.deadline);
        busySteps = 0;
        fireUpTo(now);
    }

    private void fireUpTo(long time) {
        while (!timers.isEmpty() && timers.peek().deadline <= time) {
            Timer timer = timers.poll();
            if (!timer.cancelled) {
                timer.fired = true;
                timer.wakeUp.run();
            }
        }
    }

    private void dropCancelled() {
        while (!timers.isEmpty() && timers.peek().cancelled) {
            timers.poll();
        }
    }

    /** A pending wake-up. Cancelling it is how the JDK disarms a timeout that did not fire. */
    private static final class Timer implements Future<Object>, Comparable<Timer> {
        final long deadline;
        final long sequence;
        final Runnable wakeUp;
        boolean cancelled;
        boolean fired;

        Timer(long deadline, long sequence, Runnable wakeUp) {
            this.deadline = deadline;
            this.sequence = sequence;
            this.wakeUp = wakeUp;
        }

        @Override
        public int compareTo(Timer other) {
            int byDeadline = Long.compare(deadline, other.deadline);
            return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (fired || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return fired || cancelled;
        }

        @Override
        public Object get() throws ExecutionException {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
