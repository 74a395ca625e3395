package dev.interleave.explore;

import dev.interleave.Interleave;
import java.util.List;

/** What to explore: a name (a program's main class; schedules are tied to it) and the body to run. */
public record Target(String name, Interleave.Body body) {

    /**
     * The code under test by default, for a report's events: the package of the target's class
     * ({@code com.example.Main}, or {@code com.example.CacheTest#evicts} for a test), so that what a
     * library or the JDK did on its behalf is shown at the line of the program or test that asked.
     */
    public static List<String> focusOf(String name) {
        int hash = name.indexOf('#');
        String type = hash < 0 ? name : name.substring(0, hash);
        int dot = type.lastIndexOf('.');
        return List.of(dot < 0 ? type : type.substring(0, dot));
    }
}
