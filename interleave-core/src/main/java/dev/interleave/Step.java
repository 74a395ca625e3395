package dev.interleave;

import java.util.List;

/**
 * One step of an execution: what task {@code task} did between two scheduling points. {@code events}
 * are what took effect in it, in order (recorded only by runs that record locations, such as a
 * report's replay), ending with how the task gave up control when it blocked, yielded, ended or
 * failed. {@code point} is the scheduling point where it stopped, typed: for a stop before a
 * synchronization action or a shared access ({@link PointKind#SYNC}, {@link PointKind#ACCESS}) it
 * is that action, which takes effect in the task's next step (its value is known only then).
 * Objects are named in the order the execution first meets them, so steps are deterministic.
 * {@code internal}: the point is Interleave's own ({@code TaskGroup}'s lock and bookkeeping, known
 * only in a run that records locations), not the program's; reports show the switch without it.
 */
public record Step(int index, int taskId, String task, PointKind kind, Event point, List<Event> events,
                   boolean internal) {

    public Step {
        events = List.copyOf(events);
    }

    /**
     * Where the task stopped, as {@code Class.method(File.java:42)} of the code under test, when
     * the run recorded locations, else "".
     */
    public String location() {
        return point.location();
    }

    /** The point where the task stopped, as a report reads it: {@code yield}, {@code park on Latch#2}. */
    public String operation() {
        return point.text();
    }

    @Override
    public String toString() {
        return index + ": " + task + " " + operation() + (location().isEmpty() ? "" : "  at " + location());
    }
}
