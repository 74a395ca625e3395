package dev.interleave.agent.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table of {@link ConcurrentApi} kept on disk: what is read back is what the JDK gave, and a
 * file of another JDK, an altered or a cut-short one is never used.
 */
class ConcurrentApiCacheTest {

    private static ConcurrentApiCache.Table fromJdk;

    @TempDir
    Path directory;

    @BeforeAll
    static void readTheJdk() {
        fromJdk = ConcurrentApi.read().table();
    }

    @Test
    void theTableReadBackIsTheOneTheJdkGave() throws IOException {
        // What the candidates depend on: a queue's offer, and Queue as a supertype outside the package.
        assertTrue(fromJdk.methods().contains("offer(Ljava/lang/Object;)Z"), "offer is in the table");
        assertTrue(fromJdk.supertypes().contains("java/util/Queue"), "Queue is in the table");
        ConcurrentApiCache cache = new ConcurrentApiCache(directory, "a JDK");
        assertEquals(Optional.empty(), cache.read());

        cache.write(fromJdk);

        try (var files = Files.list(directory)) {
            assertEquals(List.of(cache.file()), files.toList(), "one file, no temporary one left");
        }
        assertEquals(Optional.of(fromJdk), cache.read());
        assertEquals(Optional.of(fromJdk), new ConcurrentApiCache(directory, "a JDK").read(), "in another JVM too");
    }

    @Test
    void anotherJdksTableIsNotUsed() throws IOException {
        ConcurrentApiCache kept = new ConcurrentApiCache(directory, "a JDK");
        kept.write(fromJdk);
        ConcurrentApiCache other = new ConcurrentApiCache(directory, "another JDK");
        // Even under the other's name (file names are hashes, which may collide).
        Files.copy(kept.file(), other.file());

        assertEquals(Optional.empty(), other.read());
    }

    @Test
    void anAlteredOrCutShortFileIsNotUsed() throws IOException {
        ConcurrentApiCache cache = new ConcurrentApiCache(directory, "a JDK");
        cache.write(fromJdk);
        List<String> lines = Files.readAllLines(cache.file(), StandardCharsets.UTF_8);

        List<String> withoutAMethod = new ArrayList<>(lines);
        withoutAMethod.remove(1);
        Files.write(cache.file(), withoutAMethod, StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), cache.read(), "a line missing");

        Files.write(cache.file(), lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), cache.read(), "cut short before its checksum");

        Files.write(cache.file(), lines, StandardCharsets.UTF_8);
        assertEquals(Optional.of(fromJdk), cache.read(), "the whole file again");
    }

    @Test
    void theKeyFollowsTheCodeThatReadsTheTable() {
        String reader = ConcurrentApiCache.classFilesChecksum(ConcurrentApi.class, ConcurrentApiCache.class);
        assertEquals(reader, ConcurrentApiCache.classFilesChecksum(ConcurrentApi.class, ConcurrentApiCache.class));
        // Another class's files (here the test's own) give another key.
        assertNotEquals(reader, ConcurrentApiCache.classFilesChecksum(ConcurrentApi.class, ConcurrentApiCacheTest.class));
    }

    @Test
    void aDirectoryThatCannotBeWrittenOnlyCostsTheTime() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("a file"), "");
        ConcurrentApiCache cache = new ConcurrentApiCache(notADirectory, "a JDK");

        cache.write(fromJdk);

        assertEquals(Optional.empty(), cache.read());
    }
}
