package dev.interleave.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One line of {@code realworld/programs.tsv}, the table of the real-world programs that the tests,
 * {@code realworld/classpath} and {@code realworld/baseline.sh} share.
 */
record RealWorldProgram(String main, String librarySet, Kind kind, Set<String> modes, List<String> expected,
                        Set<String> blockedBy, String bugId, String report, Map<String, String> options) {

    /** What a program is. */
    enum Kind { CORRECT, SEEDED, KNOWN }

    static final Path MODULE = Path.of(System.getProperty("interleave.home", "..")).toAbsolutePath().resolve("realworld");

    static List<RealWorldProgram> all() {
        try (Stream<String> lines = Files.lines(MODULE.resolve("programs.tsv"))) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(RealWorldProgram::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<RealWorldProgram> of(Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return all().stream().filter(p -> wanted.contains(p.kind()));
    }

    private static RealWorldProgram parse(String line) {
        String[] f = line.split("\t", -1);
        return new RealWorldProgram(f[0], f[1], Kind.valueOf(f[2].toUpperCase()), Set.of(f[3].split(",")),
                f[4].equals("-") ? List.of() : List.of(f[4].split(" && ")),
                f[5].equals("-") ? Set.of() : Arrays.stream(f[5].split(",")).collect(Collectors.toSet()),
                f.length > 6 && !f[6].equals("-") ? f[6] : "", f.length > 7 && !f[7].equals("-") ? f[7] : "",
                f.length > 8 ? options(f[8]) : Map.of());
    }

    /** The last column: {@code key=value} pairs separated by ";", or "-". */
    private static Map<String, String> options(String column) {
        if (column.isBlank() || column.equals("-")) {
            return Map.of();
        }
        return Arrays.stream(column.split(";")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0].strip(), pair -> pair[1].strip()));
    }

    /**
     * How many schedules a correct program must pass in each mode, or a known bug's exploration may
     * take to find it: its own count, or {@code standard}.
     */
    String schedules(String standard) {
        return options.getOrDefault("schedules", standard);
    }

    /** The most time explore may spend shrinking the program's failure: its own, or the CLI's 10 s. */
    String shrinkTime() {
        return options.getOrDefault("shrink-time", "10s");
    }

    /**
     * The data races inside the program's library that it may show (each a field, {@code Class.field}):
     * true races of the library's own code, each explained in docs/realworld.md.
     */
    Set<String> libraryRaces() {
        String races = options.get("races");
        return races == null ? Set.of() : Set.of(races.split(","));
    }

    String mainClass() {
        return "dev.interleave.realworld." + main;
    }

    /** realworld's classes and the jars of the program's library set, as absolute paths. */
    String classPath() {
        StringBuilder cp = new StringBuilder(MODULE.resolve("target/classes").toString());
        if (!librarySet.equals("-")) {
            try (Stream<Path> jars = Files.list(MODULE.resolve("target/lib").resolve(librarySet))) {
                jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> cp.append(':').append(j));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cp.toString();
    }

    /** Skips (does not pass) a test of a program that an open defect of Interleave still stops. */
    void assumeNotBlocked() {
        Assumptions.assumeTrue(blockedBy.isEmpty(), () -> main + " is still stopped by an open problem: " + blockedBy
                + " (programs.tsv, column 'blocked')");
    }

    @Override
    public String toString() {
        return main;
    }
}
