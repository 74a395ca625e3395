package dev.interleave.internal.runtime;

import dev.interleave.PointKind;
import dev.interleave.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a hang that only the clock keeps going. Every task waits; the clock wakes a timed wait; the
 * woken tasks do exactly what they did after the last wake-up and wait again. That is what
 * {@code ExecutorService.close} does while a task of its pool never ends: it waits a day at a time,
 * for ever. Under plain {@code java} such a program never ends; under virtual time it went through
 * days a step at a time until the step limit called it a livelock, a minute later, with no stack.
 *
 * <p>The rule: {@link #CYCLES} identical cycles in a row (the same tasks stopping at the same kinds of
 * points between two moves of the clock), spanning at least {@link #SPAN} of virtual time,
 * is a hang, reported as a deadlock. Both bounds are needed: a poll with a short timeout that gives
 * up after a count repeats often within seconds, and one long timeout spans days in one cycle. The
 * span is a year because identical steps do not mean an unchanged state (in cooperative mode a
 * periodic task that counts takes the same steps each time): a program that would need a year of
 * waiting under plain {@code java} to go on is reported as hung, none sooner. The rule reads only
 * the steps and the virtual clock, so a schedule replays to the same verdict.
 */
final class TimeoutCycles {

    static final int CYCLES = 100;
    static final Duration SPAN = Duration.ofDays(365);

    /**
     * A step as the rule compares it: who, and what kind of point it stopped at. Not the object: an
     * exploration's runs name no objects and a report's replay does, and both must reach one verdict.
     */
    private record Key(int task, PointKind kind) {
    }

    private int cycleStart;
    private List<Key> previous = List.of();
    private int repeats;
    private long repeatingSince;

    /**
     * Called when every task waits and the clock is about to move on to the next timer: whether the
     * cycles so far show a hang.
     */
    boolean hangs(List<Step> steps, long nowNanos) {
        List<Key> cycle = new ArrayList<>(steps.size() - cycleStart);
        for (Step step : steps.subList(cycleStart, steps.size())) {
            cycle.add(new Key(step.taskId(), step.kind()));
        }
        cycleStart = steps.size();
        if (!cycle.isEmpty() && cycle.equals(previous)) {
            repeats++;
        } else {
            previous = cycle;
            repeats = 0;
            repeatingSince = nowNanos;
        }
        return repeats >= CYCLES && nowNanos - repeatingSince >= SPAN.toNanos();
    }

    /** The tasks that took the repeating steps, by id. */
    Set<Integer> cyclingTasks() {
        Set<Integer> ids = new LinkedHashSet<>();
        previous.forEach(key -> ids.add(key.task()));
        return ids;
    }

    /** What the report adds to a cycling task's wait. */
    String explanation(long nowNanos) {
        return "; it timed out and waited again the same way " + repeats + " times in "
                + text(Duration.ofNanos(nowNanos - repeatingSince)) + " of virtual time, and nothing else could run";
    }

    private static String text(Duration span) {
        if (span.toDays() >= 1) {
            return span.toDays() + (span.toDays() == 1 ? " day" : " days");
        }
        if (span.toHours() >= 1) {
            return span.toHours() + (span.toHours() == 1 ? " hour" : " hours");
        }
        return span.toSeconds() + " s";
    }
}
