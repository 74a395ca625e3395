package dev.interleave.peers.harness;

import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import java.util.List;
import java.util.Optional;

/** One column of the table: a tool, on one JDK, with one kind of threads. */
record Config(String tool, int jdk, ThreadKind threads) {

    static final List<Config> ALL = List.of(
            new Config("interleave", 25, ThreadKind.PLATFORM),
            new Config("interleave", 25, ThreadKind.VIRTUAL),
            new Config("fray", 25, ThreadKind.PLATFORM),
            new Config("fray", 25, ThreadKind.VIRTUAL),
            new Config("lincheck", 25, ThreadKind.PLATFORM),
            new Config("lincheck", 25, ThreadKind.VIRTUAL),
            new Config("lincheck", 17, ThreadKind.PLATFORM));

    String label() {
        String name = switch (tool) {
            case "interleave" -> "Interleave";
            case "fray" -> "Fray 0.9.2";
            default -> "Lincheck 3.7";
        };
        return name + ", JDK " + jdk + ", " + threads.name().toLowerCase();
    }

    /** The Interleave column this one is compared with: same threads, JDK 25. */
    Config baseline() {
        return new Config("interleave", 25, threads);
    }

    /**
     * Why this tool cannot run this program in this column, or empty when it can. A gallery
     * program has the threads it was written with, so it runs in one column per tool and JDK.
     */
    Optional<String> notApplicable(Entry entry) {
        if (entry.gallery()) {
            if (entry.threads() != threads) {
                return Optional.of("—");
            }
            if (jdk < 25) {
                return Optional.of("n/a: the gallery is compiled for Java 25");
            }
        }
        if (tool.equals("fray") && threads == ThreadKind.VIRTUAL) {
            return Optional.of("n/a: Fray does not schedule virtual threads (its issue 166)");
        }
        return Optional.empty();
    }
}
