package dev.interleave.runtime;

import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An execution's clock. It stands still while any task can run and jumps to the next timer when
 * none can (trio's autojump clock, Go's synctest): a program that sleeps for an hour ends at once,
 * and timeouts fire in a deterministic order (deadline, then the order they were set).
 * Confined to the execution's driver thread.
 */
final class VirtualClock {

    /** What {@code System.nanoTime()} reads at the start of every execution. */
    static final long NANO_TIME_ORIGIN = 1_000_000_000_000L;
    /** What {@code System.currentTimeMillis()} reads at the start: 2026-01-01T00:00:00Z. */
    static final long EPOCH_MILLIS_ORIGIN = 1_767_225_600_000L;

    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long now;
    private long sequence;

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

    /** Moves the clock to the earliest timer and runs every timer due then, in order. */
    void advanceAndFire() {
        dropCancelled();
        Timer first = timers.peek();
        if (first == null) {
            return;
        }
        now = Math.max(now, first.deadline);
        while (!timers.isEmpty() && timers.peek().deadline <= now) {
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
