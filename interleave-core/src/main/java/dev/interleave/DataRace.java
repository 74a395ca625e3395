package dev.interleave;

/**
 * Two accesses to the same field or array element by different tasks, at least one a write, that
 * no synchronization orders (neither happens before the other): on real hardware their order, and
 * what the read sees, is up to the machine. Found by the race detector even when the run passed.
 *
 * @param location    the field ({@code Counter.count}) or array element ({@code int[]#2[0]})
 * @param first       the earlier access: {@code write by task-1 at Counter.run(Counter.java:12)}
 * @param second      the later access, in the same form
 */
public record DataRace(String location, String first, String second) {

    @Override
    public String toString() {
        return location + ": " + first + " / " + second;
    }
}
