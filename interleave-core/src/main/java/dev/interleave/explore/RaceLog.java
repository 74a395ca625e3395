package dev.interleave.explore;

import dev.interleave.DataRace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data races of every execution of an exploration, each pair of source lines once: the same
 * race seen again under another schedule (other task names, other object numbers, another element
 * of the array) is not new. Read by the caller of an exploration whose execution got stuck while
 * the driver may still write.
 */
final class RaceLog {

    private final Map<Key, DataRace> races = new LinkedHashMap<>();

    /**
     * What makes a race itself: the field (by its declaring class) or the array's type, and the two
     * accesses' kinds and instructions, in either order (which came first is the schedule's doing).
     */
    private record Key(Object memory, Place one, Place other) {

        static Key of(DataRace race) {
            // An element by its array's type: tests, not a pattern switch, for the reason below.
            Object memory = race.memory() instanceof DataRace.Element element ? element.type() : race.memory();
            Place first = Place.of(race.first());
            Place second = Place.of(race.second());
            return first.compareTo(second) <= 0 ? new Key(memory, first, second) : new Key(memory, second, first);
        }

        /**
         * Written out, as {@link Place}'s and {@link DataRace}'s are: a record's own is linked at
         * its first call, inside the first execution that has a race.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Key key && memory.equals(key.memory) && one.equals(key.one) && other.equals(key.other);
        }

        @Override
        public int hashCode() {
            return (memory.hashCode() * 31 + one.hashCode()) * 31 + other.hashCode();
        }
    }

    /** An access without its task: its kind and instruction. */
    private record Place(DataRace.AccessKind kind, String className, String method, String file, int line)
            implements Comparable<Place> {

        /**
         * By kind, then instruction. Written out rather than chained from {@code Comparator}
         * lambdas, whose linking cost the first execution with a race about 4 ms in a fresh JVM.
         */
        @Override
        public int compareTo(Place other) {
            int order = kind.compareTo(other.kind);
            if (order == 0) {
                order = className.compareTo(other.className);
            }
            if (order == 0) {
                order = method.compareTo(other.method);
            }
            if (order == 0) {
                order = file.compareTo(other.file);
            }
            return order != 0 ? order : Integer.compare(line, other.line);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Place place && kind == place.kind && className.equals(place.className)
                    && method.equals(place.method) && file.equals(place.file) && line == place.line;
        }

        @Override
        public int hashCode() {
            return (((kind.ordinal() * 31 + className.hashCode()) * 31 + method.hashCode()) * 31 + file.hashCode()) * 31
                    + line;
        }

        static Place of(DataRace.Access access) {
            StackTraceElement at = access.at();
            return new Place(access.kind(), at.getClassName(), at.getMethodName(),
                    at.getFileName() == null ? "" : at.getFileName(), at.getLineNumber());
        }
    }

    /** The races of an execution that made {@code choices}: a race kept is replayed with them for its stacks. */
    synchronized void add(List<DataRace> found, List<Integer> choices) {
        for (DataRace race : found) {
            races.putIfAbsent(Key.of(race), race.inSchedule(choices));
        }
    }

    /** Whether {@code race} is {@code other} seen again, under another schedule perhaps. */
    static boolean same(DataRace race, DataRace other) {
        return Key.of(race).equals(Key.of(other));
    }

    /** {@code race} with the stacks of {@code again}, the same race (see {@link #same}), its accesses in either order. */
    static DataRace withStacksOf(DataRace race, DataRace again) {
        boolean inOrder = Place.of(race.first()).equals(Place.of(again.first()));
        DataRace.Access first = inOrder ? again.first() : again.second();
        DataRace.Access second = inOrder ? again.second() : again.first();
        return race.withStacks(first.stack(), second.stack());
    }

    synchronized List<DataRace> races() {
        return new ArrayList<>(races.values());
    }
}
