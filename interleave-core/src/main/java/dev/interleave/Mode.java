package dev.interleave;

import java.util.Arrays;
import java.util.List;

/**
 * Which scheduling points a run has. Each level adds to the one before: {@code SYNC} also stops at
 * every synchronization action of the Java Memory Model, {@code PREEMPTIVE} also before each access
 * to a non-final field or array element that more than one task has touched. The one list of modes:
 * the command line, {@code @InterleaveTest}, schedule tokens and reports name them by {@link #label()}.
 */
public enum Mode {
    /** Where a task actually blocks or yields: asyncio's await points. */
    COOPERATIVE,
    /** Also every synchronization action, blocking or not (Fray's model). */
    SYNC,
    /** Also every access to shared memory of the program's classes (Lincheck's model). */
    PREEMPTIVE;

    /** The name the command line and schedule files use: {@code cooperative}, {@code sync}, {@code preemptive}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** Every label, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Mode::label).toList();
    }

    /** @throws IllegalArgumentException naming the known modes when {@code label} is none of them */
    public static Mode parse(String label) {
        for (Mode mode : values()) {
            if (mode.label().equals(label)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + label + "': expected one of " + String.join(", ", labels()));
    }

    /** Whether a run in this mode stops at synchronization actions. */
    public boolean syncPoints() {
        return this != COOPERATIVE;
    }

    /** Whether a run in this mode stops before accesses to shared fields and array elements. */
    public boolean accessPoints() {
        return this == PREEMPTIVE;
    }
}
