package dev.interleave.lin.structures;

/**
 * The structures of the side-by-side run (issue 18): those Lincheck found not linearizable (JCTools
 * 3.1.0, concurrent-trees 2.6.1, the JDK's deque) and correct ones, so that a false alarm shows.
 * Both tools' classes are named after them ({@code NbhmlSpec}, {@code NbhmlTest}), so the harness
 * and the children agree on one name. {@code jdkClass} is the JDK class Interleave is told to look
 * inside (its instrument option): Lincheck's model checker looks inside {@code java.util.concurrent}
 * on its own, and a JDK class Interleave trusted as a whole could not fail at all.
 */
public enum Structure {
    NBHML("Nbhml", "JCTools 3.1.0 NonBlockingHashMapLong", true, null),
    RADIX_TREE("RadixTree", "concurrent-trees 2.6.1 ConcurrentRadixTree", true, null),
    RADIX_TREE_PREFIXES("RadixTreePrefixes", "concurrent-trees 2.6.1 ConcurrentRadixTree, Fray's keys (the empty prefix)",
            true, null),
    SUFFIX_TREE("SuffixTree", "concurrent-trees 2.6.1 ConcurrentSuffixTree", true, null),
    DEQUE("Deque", "JDK ConcurrentLinkedDeque", true, "java.util.concurrent.ConcurrentLinkedDeque"),
    HASH_MAP("HashMap", "JDK ConcurrentHashMap", false, "java.util.concurrent.ConcurrentHashMap"),
    QUEUE("Queue", "JDK ConcurrentLinkedQueue", false, "java.util.concurrent.ConcurrentLinkedQueue"),
    BLOCKING_QUEUE("BlockingQueue", "JDK LinkedBlockingQueue (capacity 2)", false,
            "java.util.concurrent.LinkedBlockingQueue"),
    SKIP_LIST("SkipList", "JDK ConcurrentSkipListMap", false, "java.util.concurrent.ConcurrentSkipListMap"),
    COUNTER("Counter", "a lock-based counter (ReentrantLock)", false, null);

    private final String id;
    private final String description;
    private final boolean buggy;
    private final String jdkClass;

    Structure(String id, String description, boolean buggy, String jdkClass) {
        this.id = id;
        this.description = description;
        this.buggy = buggy;
        this.jdkClass = jdkClass;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Known not linearizable: a run that finds nothing is a miss; on the others a failure is a false alarm. */
    public boolean buggy() {
        return buggy;
    }

    /** The JDK class to instrument as program code, or null. */
    public String jdkClass() {
        return jdkClass;
    }

    public static Structure byId(String id) {
        for (Structure s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown structure " + id);
    }
}
