package dev.interleave;

import java.util.List;

/**
 * Two accesses to the same field or array element by different tasks, at least one a write, that
 * no synchronization orders (neither happens before the other): on real hardware their order, and
 * what the read sees, is up to the machine. Found by the race detector even when the run passed.
 *
 * @param location    the field ({@code Counter.count}) or array element ({@code int[]#2[0]})
 * @param first       the earlier access: {@code write by task-1 at Counter.run(Counter.java:12)}
 * @param second      the later access, in the same form
 * @param firstStack  the program's frames of the earlier access, innermost first, when the run that
 *                    found it kept stacks (see {@link RunOptions#withRaceStacks}), else empty
 * @param secondStack the same of the later access
 * @param schedule    the choices of an execution of an exploration in which it happened, to replay
 *                    it (see {@link dev.interleave.schedule.Schedule}; empty: FIFO's order alone); null
 *                    outside explorations
 */
public record DataRace(String location, String first, String second, List<StackTraceElement> firstStack,
                       List<StackTraceElement> secondStack, List<Integer> schedule) {

    public DataRace {
        firstStack = List.copyOf(firstStack);
        secondStack = List.copyOf(secondStack);
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

    /** A race without stacks or schedule. */
    public DataRace(String location, String first, String second) {
        this(location, first, second, List.of(), List.of(), null);
    }

    /** The same race, seen in the execution that made {@code choices}. */
    public DataRace inSchedule(List<Integer> choices) {
        return new DataRace(location, first, second, firstStack, secondStack, choices);
    }

    /** The same race with both accesses' stacks. */
    public DataRace withStacks(List<StackTraceElement> firstFrames, List<StackTraceElement> secondFrames) {
        return new DataRace(location, first, second, firstFrames, secondFrames, schedule);
    }

    @Override
    public String toString() {
        return location + ": " + first + " / " + second;
    }
}
