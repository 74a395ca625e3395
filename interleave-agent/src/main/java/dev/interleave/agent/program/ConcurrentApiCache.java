package dev.interleave.agent.program;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Keeps {@link ConcurrentApi}'s table on disk, one file per JDK, so that only a JVM's first
 * instrumentation on a machine reads the JDK's {@code java.util.concurrent} (about 90 ms: a
 * program's first execution under the command line pays it) and later JVMs read one small file.
 * The table depends only on the JDK's class files and on the code that reads them, so a file names
 * the JDK it was read from (its home, its version, and the size and time of its module image, which
 * a JDK changed in place changes) and a checksum of that code's class files (an Interleave whose
 * reading changed does not take an older one's table), and ends with a checksum of its own: a file
 * of another JDK or another reader, or cut short, or altered, is not used, and the table is read
 * from the JDK again. The directory is {@code -Dinterleave.cacheDir}, else
 * {@code $XDG_CACHE_HOME/interleave}, else {@code ~/.cache/interleave};
 * {@code -Dinterleave.cache=false} keeps nothing. A directory that cannot be written only costs the time.
 */
final class ConcurrentApiCache {

    /** The first words of a file's first line, for whoever opens it. */
    private static final String FORMAT = "interleave concurrent-api 1";

    private final Path file;
    private final String key;

    /** {@code identity}: what the table was read from and with, the first line's rest. */
    ConcurrentApiCache(Path directory, String identity) {
        this.key = FORMAT + "; " + identity;
        this.file = directory.resolve("concurrent-api-" + HexFormat.of().toHexDigits(key.hashCode()) + ".txt");
    }

    /** The cache of this JVM's JDK, or none when turned off or when no directory can be named. */
    static Optional<ConcurrentApiCache> forThisJdk() {
        if (!Boolean.parseBoolean(System.getProperty("interleave.cache", "true"))) {
            return Optional.empty();
        }
        Path directory;
        try {
            directory = directory();
        } catch (RuntimeException e) {
            // Not a path on this system: nothing is kept, as when the directory cannot be written.
            directory = null;
        }
        String jdk = jdkIdentity();
        String reader = classFilesChecksum(ConcurrentApi.class, ConcurrentApiCache.class);
        return directory == null || jdk == null || reader == null ? Optional.empty()
                : Optional.of(new ConcurrentApiCache(directory, "reader " + reader + "; " + jdk));
    }

    /**
     * A checksum of the class files of {@code hosts} and of the classes nested in them (loaded, not
     * initialized), or null when one cannot be read: the key changes with the code.
     */
    static String classFilesChecksum(Class<?>... hosts) {
        CRC32 checksum = new CRC32();
        try {
            for (Class<?> host : hosts) {
                for (Class<?> type : host.getNestMembers()) {
                    try (InputStream in = host.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
                        if (in == null) {
                            return null;
                        }
                        checksum.update(in.readAllBytes());
                    }
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
        return Long.toHexString(checksum.getValue());
    }

    private static Path directory() {
        String configured = System.getProperty("interleave.cacheDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "interleave");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "interleave");
    }

    /** The JDK's home and version and its module image's size and time; null without an image. */
    private static String jdkIdentity() {
        String home = System.getProperty("java.home");
        try {
            BasicFileAttributes image = Files.readAttributes(Path.of(home, "lib", "modules"), BasicFileAttributes.class);
            return home + "; " + System.getProperty("java.runtime.version") + "; " + image.size() + " bytes; "
                    + image.lastModifiedTime().toMillis();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The table kept for this JDK, if a whole and unaltered one is there. */
    Optional<Table> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.getFirst().equals(key)) {
            return Optional.empty();
        }
        List<String> body = lines.subList(1, lines.size() - 1);
        if (!lines.getLast().equals(trailer(body))) {
            return Optional.empty();
        }
        // Hash sets, as the JDK's read makes: the instrumentation looks names up in them at every call.
        Set<String> methods = new HashSet<>();
        Set<String> supertypes = new HashSet<>();
        for (String line : body) {
            if (line.startsWith("m ")) {
                methods.add(line.substring(2));
            } else if (line.startsWith("s ")) {
                supertypes.add(line.substring(2));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Table(methods, supertypes));
    }

    /** Keeps {@code table}: written whole to a file of its own, then moved into place. */
    void write(Table table) {
        List<String> lines = new ArrayList<>();
        lines.add(key);
        List<String> body = new ArrayList<>();
        for (String method : new TreeSet<>(table.methods())) {
            body.add("m " + method);
        }
        for (String type : new TreeSet<>(table.supertypes())) {
            body.add("s " + type);
        }
        lines.addAll(body);
        lines.add(trailer(body));
        // Named without Files.createTempFile, whose SecureRandom would set up the JDK's security
        // providers inside the first instrumentation of a JVM that misses, and of no other.
        Path temporary = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().threadId() + "-"
                + System.nanoTime() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            // Another JVM's temporary file of the same name: it keeps the table.
        } catch (IOException | RuntimeException e) {
            // Not kept: the next JVM reads the JDK again.
            deleteQuietly(temporary);
        }
    }

    Path file() {
        return file;
    }

    private static String trailer(List<String> body) {
        CRC32 checksum = new CRC32();
        for (String line : body) {
            checksum.update(line.getBytes(StandardCharsets.UTF_8));
            checksum.update('\n');
        }
        return "end " + body.size() + " " + Long.toHexString(checksum.getValue());
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A stray temporary file, never read.
        }
    }

    /** The table: instance methods of the package's classes, and its classes' supertypes outside it. */
    record Table(Set<String> methods, Set<String> supertypes) {
    }
}
