package dev.interleave.lin.structures;

import java.util.ArrayList;
import java.util.List;

/**
 * The string keys of the tree structures, drawn by index so that both tools generate the same
 * domain with their own int generators (an index from 1 to {@link #COUNT}). Prefixes of each other
 * on purpose: a radix tree splits and merges nodes only when keys share a prefix. Results that list
 * keys are sorted, as Lincheck's own tests of these trees do: their order is not the contract.
 */
public final class Keys {

    public static final int COUNT = 6;
    private static final String[] KEYS = {"a", "b", "ab", "ba", "aba", "abb"};
    /**
     * The keys of Fray's reproduction of the radix tree's bug (its ConcurrentRadixTreeTest), the empty
     * prefix first: a query of every key races puts under one split node.
     */
    private static final String[] PREFIX_KEYS = {"", "aa", "ab", "aaa", "aba"};

    private Keys() {
    }

    public static String key(int index) {
        return KEYS[index - 1];
    }

    /** A key of {@link #PREFIX_KEYS}, from 1 (the empty prefix) to 5. */
    public static String prefixKey(int index) {
        return PREFIX_KEYS[index - 1];
    }

    /** The elements as strings, sorted: one comparable result. */
    public static String sorted(Iterable<?> elements) {
        List<String> out = new ArrayList<>();
        for (Object e : elements) {
            out.add(String.valueOf(e));
        }
        out.sort(null);
        return out.toString();
    }
}
