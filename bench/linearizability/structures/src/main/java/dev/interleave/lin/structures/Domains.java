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

    private Domains() {
    }
}
