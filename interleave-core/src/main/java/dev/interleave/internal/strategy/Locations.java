package dev.interleave.internal.strategy;

import java.util.Arrays;

/**
 * The locations of step footprints, each packed in a {@code long}: the object's number (as the
 * execution numbers objects for footprints), a slot within it, and how the step used it. A slot is
 * a field (by name: a field hidden by a subclass's field of the same name shares its slot, which
 * only makes steps dependent), an array element, or the object's synchronization state (its
 * monitor, the lock it is, its atomic value). A step reads a slot, writes it, or only orders: it
 * releases a monitor, which orders the next acquire after it but is no race with it (the acquire
 * could not have come first). Which uses conflict or are ordered is {@link Independence}'s to say.
 */
public final class Locations {

    /** The object's synchronization state. */
    public static final int SYNC = 0;
    public static final int READ = 0;
    public static final int WRITE = 1;
    public static final int ORDER = 2;
    private static final int LARGEST = (1 << 27) - 1;

    private Locations() {
    }

    /** The slot of the field with this number (see the runtime's field numbering). */
    public static int field(int fieldNumber) {
        return 1 + 2 * Math.min(fieldNumber, LARGEST);
    }

    /** The slot of an array element; indexes past 2^27 share one slot. */
    public static int element(int index) {
        return 2 + 2 * Math.min(index, LARGEST);
    }

    public static long of(int object, int slot, boolean write) {
        return of(object, slot, write ? WRITE : READ);
    }

    /** A use of {@code slot} of {@code object}: {@link #READ}, {@link #WRITE} or {@link #ORDER}. */
    public static long of(int object, int slot, int use) {
        return ((long) object << 32) | ((long) slot << 2) | use;
    }

    public static int object(long location) {
        return (int) (location >>> 32);
    }

    public static int use(long location) {
        return (int) (location & 3);
    }

    /** The object and slot of a location, without its use: every use of one slot has one key. */
    static long key(long location) {
        return location >>> 2;
    }

    /**
     * Sorts the first {@code count} locations and drops repeats (a read of a slot the step also
     * wrote is kept: it changes nothing but costs nothing); returns the new count.
     */
    public static int compact(long[] locations, int count) {
        sort(locations, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || locations[kept - 1] != locations[i]) {
                locations[kept++] = locations[i];
            }
        }
        return kept;
    }

    /**
     * A step's few accesses sorted in place; {@code Arrays.sort} only for many, since its first use
     * in a JVM links a lambda inside the first execution (see the package's note on call sites).
     */
    private static void sort(long[] locations, int count) {
        if (count > 32) {
            Arrays.sort(locations, 0, count);
            return;
        }
        for (int i = 1; i < count; i++) {
            long location = locations[i];
            int j = i - 1;
            while (j >= 0 && locations[j] > location) {
                locations[j + 1] = locations[j];
                j--;
            }
            locations[j + 1] = location;
        }
    }
}
