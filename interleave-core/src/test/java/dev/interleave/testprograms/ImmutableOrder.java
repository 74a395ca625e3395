package dev.interleave.testprograms;

import java.util.Map;
import java.util.Set;

/** Prints the iteration order of immutable sets and maps of several sizes, one line each. */
public final class ImmutableOrder {

    private ImmutableOrder() {
    }

    public static void main(String[] args) {
        System.out.println(Set.of("a", "b"));
        System.out.println(Set.of("a", "b", "c", "d", "e", "f", "g"));
        System.out.println(Set.copyOf(java.util.List.of(3, 1, 4, 15, 9, 26, 5)));
        System.out.println(Map.of(1, "x", 2, "y", 3, "z", 40, "w", 5, "v"));
        System.out.println(Map.of("k", 1).keySet() + " " + Map.ofEntries(Map.entry("p", 1), Map.entry("q", 2), Map.entry("r", 3)));
    }
}
