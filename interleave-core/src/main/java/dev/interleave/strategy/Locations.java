package dev.interleave.strategy;

import java.util.Arrays;

/**
 * The locations of step footprints, each packed in a {@code long}: the object's number (as the
 * execution numbers objects for footprints), a slot within it, and how the step used it. A slot is
 * a field (by name: a field hidden by a subclass's field of the same name shares its slot, which
 * only makes steps dependent), an array element, or the object's synchronization state (its
 * monitor, the lock it is, its atomic value). A step reads a slot, writes it, or only orders: it
 * releases a monitor, which orders the next acquire after it but is no race with it (the acquire
 * could not have come first). Two uses conflict (race) when they are to one slot of one object,
 * neither only orders, and one writes; they are ordered when one writes or orders.
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

    /**
     * Sorts the first {@code count} locations and drops repeats (a read of a slot the step also
     * wrote is kept: it changes nothing but costs nothing); returns the new count.
     */
    public static int compact(long[] locations, int count) {
        Arrays.sort(locations, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || locations[kept - 1] != locations[i]) {
                locations[kept++] = locations[i];
            }
        }
        return kept;
    }

    /**
     * Whether two sorted footprints race: a slot of one object that both use, neither only
     * ordering, one writing; or objects numbered above {@code known} in both (met first in the
     * step, so they cannot be told apart).
     */
    static boolean conflict(long[] a, long[] b, int known) {
        return meet(a, b, known, true);
    }

    /** Whether two sorted footprints are ordered: a slot of one object that both use, one writing or ordering. */
    static boolean ordered(long[] a, long[] b, int known) {
        return meet(a, b, known, false);
    }

    /** Whether {@code a} only orders (releases) a slot that {@code b} uses. */
    static boolean releases(long[] a, long[] b, int known) {
        for (long location : a) {
            if (use(location) == ORDER && object(location) <= known) {
                long key = location >>> 2;
                for (long other : b) {
                    if (other >>> 2 == key) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean meet(long[] a, long[] b, int known, boolean racesOnly) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        if (object(a[a.length - 1]) > known && object(b[b.length - 1]) > known) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long keyA = a[i] >>> 2;
            long keyB = b[j] >>> 2;
            if (keyA < keyB) {
                i++;
            } else if (keyA > keyB) {
                j++;
            } else {
                int usesA = 0;
                int usesB = 0;
                while (i < a.length && a[i] >>> 2 == keyA) {
                    usesA |= 1 << use(a[i++]);
                }
                while (j < b.length && b[j] >>> 2 == keyB) {
                    usesB |= 1 << use(b[j++]);
                }
                if (racesOnly) {
                    usesA &= ~(1 << ORDER);
                    usesB &= ~(1 << ORDER);
                    if (usesA != 0 && usesB != 0 && ((usesA | usesB) & (1 << WRITE)) != 0) {
                        return true;
                    }
                } else if (((usesA | usesB) & ((1 << WRITE) | (1 << ORDER))) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
