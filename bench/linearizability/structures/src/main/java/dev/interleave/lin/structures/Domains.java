package dev.interleave.lin.structures;

/**
 * The parameter domains both tools draw from, as their int generators' configuration ("from:to",
 * inclusive, in Lincheck's {@code IntGen} and Interleave's alike): small, so that two threads meet on
 * the same key, as in Lincheck's own tests of these structures.
 */
public final class Domains {

    /** Map keys. */
    public static final String KEY = "1:3";
    /** Values stored, added, offered. */
    public static final String VALUE = "1:5";
    /** An index into {@link Keys} (the trees' string keys). */
    public static final String TREE_KEY = "1:6";

    /** An index into {@link Keys#prefixKey}: every key, the empty prefix included (queries)... */
    public static final String PREFIX_KEY = "1:5";
    /** ...and every key but the empty one (puts: the tree refuses it). */
    public static final String PREFIX_PUT_KEY = "2:5";

    private Domains() {
    }
}
