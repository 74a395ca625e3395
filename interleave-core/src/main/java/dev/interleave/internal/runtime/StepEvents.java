package dev.interleave.internal.runtime;

import dev.interleave.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of the running step, for a run that records them. A step can do a great deal between
 * two scheduling points (a loop over shared fields in cooperative mode), so only its first
 * {@value #HEAD} and last {@value #TAIL} events are kept, with the count of those left out between.
 */
final class StepEvents {

    static final int HEAD = 100;
    static final int TAIL = 400;

    private final List<Event> head = new ArrayList<>();
    private final ArrayDeque<Event> tail = new ArrayDeque<>();
    private long omitted;

    void add(Event event) {
        if (head.size() < HEAD) {
            head.add(event);
            return;
        }
        if (tail.size() == TAIL) {
            tail.removeFirst();
            omitted++;
        }
        tail.addLast(event);
    }

    /** The step's events, then {@code end} when it ends the step; the buffer is empty again. */
    List<Event> take(Event end) {
        List<Event> events = new ArrayList<>(head.size() + tail.size() + 2);
        events.addAll(head);
        if (omitted > 0) {
            events.add(new Event(Event.Kind.OMITTED, "", "", Long.toString(omitted), ""));
        }
        events.addAll(tail);
        if (end.endsStep()) {
            events.add(end);
        }
        head.clear();
        tail.clear();
        omitted = 0;
        return events;
    }
}
