package dev.interleave.junit;

import dev.interleave.bridge.Bridge;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The class path roots whose classes every execution sees afresh (their static state reset, or in
 * a fresh class loader when it cannot be): the test class's own root and
 * the other directories of the class path (a build's {@code target/test-classes} and
 * {@code target/classes}). Jars, libraries as a rule, are shared by all executions (the agent
 * instruments their classes as they load), except a jar of which a class was loaded before the
 * agent was attached: JUnit loads the types of a test class's fields while it discovers the
 * class, before the extension can attach the agent, and such a class would run uninstrumented,
 * its races unseen. Directories and jars that hold Interleave itself (as in Interleave's own
 * build) are never loaded twice.
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
        for (Class<?> missed : Bridge.loadedBeforeAgent()) {
            Path root = rootOf(missed);
            if (root != null && Files.isRegularFile(root)) {
                roots.add(root);
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
        if (Files.isDirectory(root)) {
            return INTERLEAVE_MARKERS.stream().anyMatch(marker -> Files.exists(root.resolve(marker)));
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            return INTERLEAVE_MARKERS.stream().anyMatch(marker -> jar.getEntry(marker) != null
                    || jar.getEntry(marker + "/") != null);
        } catch (IOException e) {
            return true; // not a jar that could be loaded afresh either
        }
    }
}
