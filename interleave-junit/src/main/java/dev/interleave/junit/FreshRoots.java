package dev.interleave.junit;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path roots whose classes every execution sees afresh (their static state reset, or in
 * a fresh class loader when it cannot be): the test class's own root and
 * the other directories of the class path (a build's {@code target/test-classes} and
 * {@code target/classes}). Jars, libraries as a rule, are shared by all executions; so are
 * directories that hold Interleave itself (as in Interleave's own build), which must never be
 * loaded twice.
 */
final class FreshRoots {

    private static final List<String> INTERLEAVE_MARKERS = List.of(
            "dev/interleave/Interleave.class", "dev/interleave/junit/InterleaveTest.class",
            "dev/interleave/agent", "dev/interleave/bridge");

    private FreshRoots() {
    }

    static List<Path> of(Class<?> testClass) {
        Set<Path> roots = new LinkedHashSet<>();
        Path own = rootOf(testClass);
        if (own != null) {
            roots.add(own);
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (Files.isDirectory(path) && !holdsInterleave(path)) {
                roots.add(path);
            }
        }
        return new ArrayList<>(roots);
    }

    private static Path rootOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return holdsInterleave(path) ? null : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean holdsInterleave(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        return INTERLEAVE_MARKERS.stream().anyMatch(marker -> Files.exists(root.resolve(marker)));
    }
}
