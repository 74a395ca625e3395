package dev.interleave;

import java.util.List;
import java.util.Objects;

/**
 * Two accesses to the same field or array element by different tasks, at least one a write, that
 * no synchronization orders (neither happens before the other): on real hardware their order, and
 * what the read sees, is up to the machine. Found by the race detector even when the run passed.
 * Typed, so that what decides whether two races are one (an exploration lists each once) reads
 * classes, methods and lines, never a message. Its records write out {@code equals} and
 * {@code hashCode}, component by component as a record's: the generated ones are linked at their
 * first call, which falls inside the first execution that reports a race, about a millisecond each.
 *
 * @param memory   the field or array element both accessed
 * @param first    the earlier access
 * @param second   the later access
 * @param schedule the choices of an execution of an exploration in which it happened, to replay it
 *                 (see {@link dev.interleave.schedule.Schedule}; empty: FIFO's order alone); null
 *                 outside explorations
 */
public record DataRace(Memory memory, Access first, Access second, List<Integer> schedule) {

    public DataRace {
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

    /** A race outside explorations. */
    public DataRace(Memory memory, Access first, Access second) {
        this(memory, first, second, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataRace race && Objects.equals(memory, race.memory) && Objects.equals(first, race.first)
                && Objects.equals(second, race.second) && Objects.equals(schedule, race.schedule);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(memory) * 31 + Objects.hashCode(first)) * 31 + Objects.hashCode(second)) * 31
                + Objects.hashCode(schedule);
    }

    /** What two tasks raced on. */
    public sealed interface Memory permits Field, Element {

        /** As reports show it: {@code Counter.count}, {@code int[]#2[0]}. */
        String text();
    }

    /**
     * A field, static or not, of any object of its class.
     *
     * @param className the binary name of the class that declares it ({@code com.example.Outer$Inner}),
     *                  whichever class the access named it through
     * @param name      the field's name
     */
    public record Field(String className, String name) implements Memory {

        @Override
        public String text() {
            return className.substring(className.lastIndexOf('.') + 1) + "." + name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Field field && Objects.equals(className, field.className) && Objects.equals(name, field.name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(className) * 31 + Objects.hashCode(name);
        }
    }

    /**
     * An element of an array.
     *
     * @param type  the array's type ({@code int[]}, {@code com.example.Node[]})
     * @param array the array by its trace name in the run that saw the race ({@code int[]#2})
     * @param index the element's index
     */
    public record Element(String type, String array, int index) implements Memory {

        @Override
        public String text() {
            return array + "[" + index + "]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Element element && Objects.equals(type, element.type)
                    && Objects.equals(array, element.array) && index == element.index;
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(type) * 31 + Objects.hashCode(array)) * 31 + index;
        }
    }

    /** What an access did: only plain accesses race (a volatile or atomic one orders, see {@link DataRace}). */
    public enum AccessKind {
        READ, WRITE;

        /** {@code read}, {@code write}. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One of the two accesses.
     *
     * @param kind  read or write
     * @param task  the task that made it, by its name in that run ({@code Thread-0}, {@code alice})
     * @param at    the instruction that made it: class, method, source file (null when the class has
     *              none) and line (negative when unknown)
     * @param stack the program's frames at the access, innermost first, when the run that found it
     *              kept stacks (see {@link RunOptions#withRaceStacks}), else empty
     */
    public record Access(AccessKind kind, String task, StackTraceElement at, List<StackTraceElement> stack) {

        public Access {
            stack = List.copyOf(stack);
        }

        /** {@code Counter.run(Counter.java:12)}: the class by its name after its package, as traces show places. */
        public String where() {
            String className = at.getClassName();
            String method = className.substring(className.lastIndexOf('.') + 1) + "." + at.getMethodName();
            if (at.getFileName() == null) {
                return method + "(Unknown Source)";
            }
            return method + "(" + at.getFileName() + (at.getLineNumber() > 0 ? ":" + at.getLineNumber() : "") + ")";
        }

        /** The same access with {@code frames} as its stack. */
        public Access withStack(List<StackTraceElement> frames) {
            return new Access(kind, task, at, frames);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Access access && kind == access.kind && Objects.equals(task, access.task)
                    && Objects.equals(at, access.at) && stack.equals(access.stack);
        }

        @Override
        public int hashCode() {
            return ((Objects.hashCode(kind) * 31 + Objects.hashCode(task)) * 31 + Objects.hashCode(at)) * 31 + stack.hashCode();
        }

        /** {@code write by task-1 at Counter.run(Counter.java:12)}. */
        @Override
        public String toString() {
            return kind.text() + " by " + task + " at " + where();
        }
    }

    /** What was raced on, as reports show it: {@code Counter.count}, {@code int[]#2[0]}. */
    public String location() {
        return memory.text();
    }

    /** The same race, seen in the execution that made {@code choices}. */
    public DataRace inSchedule(List<Integer> choices) {
        return new DataRace(memory, first, second, choices);
    }

    /** The same race with both accesses' stacks. */
    public DataRace withStacks(List<StackTraceElement> firstFrames, List<StackTraceElement> secondFrames) {
        return new DataRace(memory, first.withStack(firstFrames), second.withStack(secondFrames), schedule);
    }

    @Override
    public String toString() {
        return location() + ": " + first + " / " + second;
    }
}
