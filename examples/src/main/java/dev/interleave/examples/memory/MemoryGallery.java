package dev.interleave.examples.memory;

import dev.interleave.Mode;
import java.util.List;

/**
 * Bugs that need no blocking call: each switch that shows them falls between two memory accesses
 * or synchronization actions, so cooperative mode cannot find them. Each entry names the mode that
 * finds it and whether its bug is also a data race (two unordered conflicting plain accesses),
 * which the detector reports in every mode. Every fixed twin passes and is race-free.
 */
public final class MemoryGallery {

    /**
     * One entry.
     *
     * @param name        the common prefix of the two classes
     * @param bug         the program with the bug
     * @param fixed       its fixed twin
     * @param mode        the least mode whose scheduling points show the bug
     * @param dataRace    whether the bug is a data race the detector reports
     * @param twinBound   the delay bound within which an exhaustive search of the twin fits a
     *                    test's budget ({@link #UNBOUNDED}: the whole space)
     * @param description one line: the bug
     */
    public record Entry(String name, Class<?> bug, Class<?> fixed, Mode mode, boolean dataRace, int twinBound,
                        String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** No delay bound: the whole space. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private static final List<Entry> ENTRIES = List.of(
            new Entry("LostUpdate", LostUpdateBug.class, LostUpdateFixed.class, Mode.PREEMPTIVE, true, UNBOUNDED,
                    "two threads count++ a plain int; both read 0 (fixed: AtomicInteger)"),
            new Entry("LazyInit", LazyInitBug.class, LazyInitFixed.class, Mode.PREEMPTIVE, true, UNBOUNDED,
                    "unsynchronized lazy initialization builds twice (fixed: holder idiom)"),
            new Entry("DoubleChecked", DoubleCheckedBug.class, DoubleCheckedFixed.class, Mode.PREEMPTIVE, true, 2,
                    "double-checked locking publishes a half-built object (fixed: volatile, published when built)"),
            new Entry("AtomicCheckThenAct", AtomicCheckThenActBug.class, AtomicCheckThenActFixed.class, Mode.SYNC, false, UNBOUNDED,
                    "get() then set() on an AtomicInteger books one seat twice (fixed: CAS loop)"),
            new Entry("VolatileIncrement", VolatileIncrementBug.class, VolatileIncrementFixed.class, Mode.SYNC, false, 2,
                    "hits++ on a volatile loses an update (fixed: synchronized)"),
            new Entry("Publication", PublicationBug.class, PublicationFixed.class, Mode.PREEMPTIVE, true, UNBOUNDED,
                    "a plain ready flag raised before the message is written (fixed: volatile flag, written last)"),
            new Entry("VolatilePair", VolatilePairBug.class, VolatilePairFixed.class, Mode.SYNC, false, 2,
                    "three setters write two volatiles; a checker reads a mixed pair (fixed: synchronized)"));

    private MemoryGallery() {
    }

    public static List<Entry> all() {
        return ENTRIES;
    }
}
