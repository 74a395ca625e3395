package dev.interleave;

/**
 * One thing a task did, typed, as a trace shows it: what ({@code kind}), to which object, which
 * field or method, the value read or written, and the line of the code under test where it
 * happened. A step's events are in the order they took effect: a read comes with the value it
 * read, after the switch that preceded it, never before. Nothing decides what happened by reading
 * an event's text; {@link #text()} is for people.
 *
 * @param kind     what the task did
 * @param object   the object it did it to, by its trace name ({@code Counter#2}, {@code ReentrantLock#1}),
 *                 a task's name for {@code START}, {@code JOIN}, {@code JOIN_WAIT} and {@code UNPARK},
 *                 or "" (a static field, a yield)
 * @param field    the field ({@code Counter.count}), array index ({@code [3]}) or method
 *                 ({@code CountDownLatch.countDown}) for accesses and calls, else ""
 * @param value    the value read or written, as a trace shows it ({@code 0}, {@code "text"},
 *                 {@code Node#4}); the loop iterations of a {@code LOOP_PREEMPTED}; the exception's
 *                 class of a {@code FAILED} that threw; else null
 * @param location {@code Class.method(File.java:42)} of the code under test where it happened, or ""
 *                 when the run recorded no locations
 */
public record Event(Kind kind, String object, String field, String value, String location) {

    /** What a task did. The first group are actions; the second end a step (see {@link #endsStep}). */
    public enum Kind {
        /** A read of a shared field or array element, with the value it read. */
        READ,
        /** A write of a shared field or array element, with the value it wrote. */
        WRITE,
        VOLATILE_READ,
        VOLATILE_WRITE,
        /** An atomic access to memory through {@code Unsafe}, a {@code VarHandle} or a field updater. */
        ATOMIC,
        /** A call into {@code java.util.concurrent} that is none of the kinds below. */
        CALL,
        /** {@code Lock.lock} and its kin ({@code lockInterruptibly}, {@code tryLock}). */
        LOCK,
        UNLOCK,
        /** Entered a {@code synchronized} block or method. */
        MONITOR_ENTER,
        MONITOR_EXIT,
        NOTIFY,
        NOTIFY_ALL,
        START,
        /** A {@code join} returned: the task joined had ended. */
        JOIN,
        /** Made another task runnable: an unpark, a lock or monitor handed over, a latch opened. */
        UNPARK,
        /** A run of events too long to keep: {@code value} says how many were left out. */
        OMITTED,

        YIELD,
        /** Parked until another task unparks it: a lock, latch, queue, future. */
        PARK,
        /** Parked until the task {@code object} ends ({@code join}). */
        JOIN_WAIT,
        /** Slept, or parked with a timeout, on the virtual clock. */
        TIMED_PARK,
        /** Blocked entering a {@code synchronized} block that another task holds. */
        MONITOR_BLOCK,
        /** {@code Object.wait}. */
        WAIT,
        /** Waiting for the outside world: a socket, a file, a process. */
        IO_WAIT,
        /** Given way in a long loop without a scheduling point, so that another task could run. */
        LOOP_PREEMPTED,
        EXIT,
        /** The run stopped in this task's step: the failure. */
        FAILED
    }

    /** An event of {@code kind} with no object, field or value. */
    public static Event of(Kind kind, String location) {
        return new Event(kind, "", "", null, location);
    }

    /** Whether the task gave up control with this event: it blocked, yielded, ended or failed. */
    public boolean endsStep() {
        return kind.compareTo(Kind.YIELD) >= 0;
    }

    /** The same event at another location. */
    public Event at(String where) {
        return new Event(kind, object, field, value, where);
    }

    /** The event as a trace reads: {@code Counter#2.count ➜ 0}, {@code lock ReentrantLock#1}, {@code yield}. */
    public String text() {
        return switch (kind) {
            // Without a value: an access a task stopped before, which has not happened yet.
            case READ -> value == null ? "read " + target() : target() + " ➜ " + value;
            case WRITE -> value == null ? "write " + target() : target() + " = " + value;
            case VOLATILE_READ -> value == null ? "volatile read " + target() : "volatile " + target() + " ➜ " + value;
            case VOLATILE_WRITE -> value == null ? "volatile write " + target() : "volatile " + target() + " = " + value;
            case ATOMIC -> field + (object.isEmpty() ? "" : " " + object);
            case CALL -> field + (object.isEmpty() ? "" : " " + object);
            case LOCK -> "lock " + object;
            case UNLOCK -> "unlock " + object;
            case MONITOR_ENTER -> "enter monitor " + object;
            case MONITOR_EXIT -> "exit monitor " + object;
            case NOTIFY -> "notify " + object;
            case NOTIFY_ALL -> "notifyAll " + object;
            case START -> "start " + object;
            case JOIN -> "join " + object;
            case UNPARK -> "unpark " + object;
            case OMITTED -> "... " + value + " events left out ...";
            case YIELD -> "yield";
            case PARK -> object.isEmpty() ? "park" : "park on " + object;
            case JOIN_WAIT -> "wait for " + object + " to end (join)";
            case TIMED_PARK -> object.isEmpty() ? "sleep or timed park" : "timed park on " + object;
            // A monitor of JDK code is not modelled: the trace cannot name it (a report's deadlock says so too).
            case MONITOR_BLOCK -> object.isEmpty() ? "block on a monitor of JDK code" : "block on monitor " + object;
            case WAIT -> object.isEmpty() ? "wait (Object.wait in JDK code)" : "wait on " + object;
            case IO_WAIT -> "wait for I/O" + (object.isEmpty() ? "" : " on " + object);
            case LOOP_PREEMPTED -> "preempted in a loop after " + value + " iterations";
            case EXIT -> "exit";
            case FAILED -> value == null ? "stopped" : "throws " + value;
        };
    }

    /**
     * What a read or write touched: {@code Counter#2.count} for an object's field,
     * {@code LostUpdateBug.count} for a static one, {@code int[]#3[0]} for an array element.
     */
    private String target() {
        if (object.isEmpty()) {
            return field;
        }
        if (field.startsWith("[")) {
            return object + field;
        }
        // Counter.count of Counter#2 reads Counter#2.count.
        return object + field.substring(field.lastIndexOf('.'));
    }

    @Override
    public String toString() {
        return text() + (location.isEmpty() ? "" : "  at " + location);
    }
}
