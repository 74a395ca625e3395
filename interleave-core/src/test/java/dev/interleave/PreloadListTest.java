package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.testprograms.FirstExploration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent loads the classes on {@code META-INF/interleave/preload.classes} on a background thread
 * while the JVM starts (see the agent's {@code RuntimePreloader}): they are most of what a first
 * execution costs. This test keeps the list true to what a first exploration loads, and checks that
 * preloading changes nothing a run shows. After a change that makes a first exploration load other
 * classes of Interleave's, rewrite the list with
 * {@code mvn -pl interleave-core -am verify -Dtest=PreloadListTest -Dsurefire.failIfNoSpecifiedTests=false -Dinterleave.preload.update=true}.
 */
class PreloadListTest {

    private static final String LIST = "META-INF/interleave/preload.classes";
    private static final Path SOURCE = Path.of("src/main/resources", LIST);

    @TempDir
    Path temp;

    @Test
    void theListHoldsEveryClassOfInterleavesThatAFirstExplorationLoads() throws Exception {
        Path log = temp.resolve("classes.log");
        FreshJvm.Outcome outcome = FreshJvm.run(List.of("-Dinterleave.preload=false",
                "-Xlog:class+load=info:file=" + log + ":none"), FirstExploration.class, Duration.ofMinutes(3));
        assertTrue(outcome.finished() && outcome.exitCode() == 0, () -> "the probe failed: " + outcome);
        assertTrue(outcome.lines().stream().anyMatch(line -> line.startsWith("found ")),
                () -> "the probe's exploration found nothing: " + outcome.lines());
        List<String> logged = Files.readAllLines(log);
        List<String> loaded = loadedDuringTheExploration(logged);
        assertEquals(List.of(), callSitesLinkedInTheSearch(logged), "call sites of Interleave's that a first"
                + " exploration linked in its search, from the program's first call to the failure found (see the note in"
                + " dev.interleave.internal.runtime)");
        boolean update = Boolean.getBoolean("interleave.preload.update");
        if (update) {
            List<String> lines = new ArrayList<>();
            lines.add("# Written by PreloadListTest: the classes a first exploration loads, in the order it loads them");
            lines.add("# (Interleave's, and the JDK's that are not in its class-data archive). The agent loads them early.");
            lines.addAll(loaded);
            Files.write(SOURCE, lines);
        }
        // Updating, the class path still has the list before the update: compare with the new one.
        Set<String> listed = new LinkedHashSet<>(update ? loaded : listed());
        List<String> missing = loaded.stream().filter(PreloadListTest::interleaves)
                .filter(name -> !listed.contains(name)).toList();
        assertEquals(List.of(), missing, "Interleave's classes a first exploration loads but " + LIST
                + " does not name; rewrite it with -Dinterleave.preload.update=true (see this test's comment)");
    }

    @Test
    void everyInterleaveClassOnTheListIsInThisBuild() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : listed()) {
            if (interleaves(name)) {
                try {
                    Class.forName(name, false, ClassLoader.getSystemClassLoader());
                } catch (ClassNotFoundException e) {
                    stale.add(name);
                } catch (LinkageError e) {
                    // It exists; this JVM has not opened what it needs yet (the preloader meets the same and skips it).
                }
            }
        }
        assertEquals(List.of(), stale, "names on " + LIST + " that no class has");
    }

    @Test
    void preloadingChangesNothingARunShows() throws Exception {
        FreshJvm.Outcome without = FreshJvm.run(List.of("-Dinterleave.preload=false"), FirstExploration.class,
                Duration.ofMinutes(3));
        FreshJvm.Outcome with = FreshJvm.run(List.of(), FirstExploration.class, Duration.ofMinutes(3));
        assertTrue(without.finished() && without.exitCode() == 0, () -> "without preloading: " + without);
        assertEquals(without.lines(), with.lines());
    }

    /** The classes loaded between the probe's first and last markers, hidden and generated ones left out. */
    private static List<String> loadedDuringTheExploration(List<String> log) {
        List<String> loaded = new ArrayList<>();
        for (String line : between(log, FirstExploration.Start.class, FirstExploration.End.class)) {
            String name = className(line);
            if (!name.contains("/0x") && !name.contains("$$") && !line.contains("source: shared objects file")
                    && !name.startsWith("dev.interleave.testprograms.")) {
                loaded.add(name);
            }
        }
        return loaded;
    }

    /**
     * The classes the JVM spun for Interleave's lambdas and pattern switches between the program's
     * first call and the failure found: each one's linkage fell inside the search. (What links
     * before, once per JVM or per exploration, is not the search's.)
     */
    private static List<String> callSitesLinkedInTheSearch(List<String> log) {
        List<String> linked = new ArrayList<>();
        for (String line : between(log, FirstExploration.FirstCall.class, FirstExploration.Found.class)) {
            String name = className(line);
            if (interleaves(name) && !name.startsWith("dev.interleave.testprograms.")
                    && (name.contains("$$Lambda") || name.contains("$$TypeSwitch"))) {
                linked.add(name.substring(0, name.indexOf("$$")));
            }
        }
        return linked;
    }

    /** The lines of the class-loading log after the one of {@code from} and before the one of {@code to}. */
    private static List<String> between(List<String> log, Class<?> from, Class<?> to) {
        int first = -1;
        for (int i = 0; i < log.size(); i++) {
            String name = className(log.get(i));
            if (name.equals(from.getName())) {
                first = i + 1;
            } else if (name.equals(to.getName()) && first >= 0) {
                return log.subList(first, i);
            }
        }
        return first < 0 ? List.of() : log.subList(first, log.size());
    }

    private static String className(String line) {
        return line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '));
    }

    private static boolean interleaves(String name) {
        return name.startsWith("dev.interleave.");
    }

    private static List<String> listed() throws IOException {
        try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        }
    }
}
