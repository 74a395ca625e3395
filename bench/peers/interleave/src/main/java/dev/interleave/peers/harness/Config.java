package dev.interleave.peers.harness;

import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One column of the table: a tool, on one JDK, with one kind of threads, for Interleave the mode
 * of its scheduling points, for Fray its scheduler ({@link #NO_MODE} for Lincheck). The mode is
 * fixed per column: choosing it per program would tell the tool where the bug is.
 */
record Config(String tool, int jdk, ThreadKind threads, String mode) {

    static final String NO_MODE = "-";

    /**
     * The columns: Interleave once per mode in {@code modes} (the first is the baseline of the
     * ratios), Fray once per scheduler in {@code fraySchedulers}, then Lincheck; each once per
     * kind of threads in {@code threads}.
     */
    static List<Config> all(List<String> modes, List<String> fraySchedulers, List<ThreadKind> threads) {
        List<Config> all = new ArrayList<>();
        for (String mode : modes) {
            threads.forEach(kind -> all.add(new Config("interleave", 25, kind, mode)));
        }
        for (String scheduler : fraySchedulers) {
            threads.forEach(kind -> all.add(new Config("fray", 25, kind, scheduler)));
        }
        threads.forEach(kind -> all.add(new Config("lincheck", 25, kind, NO_MODE)));
        if (threads.contains(ThreadKind.PLATFORM)) {
            all.add(new Config("lincheck", 17, ThreadKind.PLATFORM, NO_MODE));
        }
        return List.copyOf(all);
    }

    /** The tool's name and version, without the column's particulars. */
    String toolName() {
        return switch (tool) {
            case "interleave" -> "Interleave";
            case "fray" -> "Fray 0.9.2";
            default -> "Lincheck 3.7";
        };
    }

    String label() {
        String name = mode.equals(NO_MODE) ? toolName() : toolName() + " " + mode;
        return name + ", JDK " + jdk + ", " + threads.name().toLowerCase();
    }

    /** A file-name-safe id of the column, for the logs. */
    String id() {
        return tool + jdk + "-" + threads.name().toLowerCase() + (mode.equals(NO_MODE) ? "" : "-" + mode);
    }

    /** The Interleave column this one is compared with: same threads, JDK 25, the baseline mode. */
    Config baseline(String baselineMode) {
        return new Config("interleave", 25, threads, baselineMode);
    }

    boolean isBaseline(String baselineMode) {
        return equals(baseline(baselineMode));
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
        if (tool.equals("lincheck") && threads == ThreadKind.VIRTUAL) {
            // Probed in bench/peers/lincheck/probe: it waits for the carrier threads the JDK starts
            // for virtual threads, and joining a virtual thread fails inside it (README.md there).
            return Optional.of("n/a: Lincheck 3.7 does not schedule virtual threads (it waits forever for "
                    + "their carrier threads; its open issue 261)");
        }
        return Optional.empty();
    }
}
