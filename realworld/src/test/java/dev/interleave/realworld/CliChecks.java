package dev.interleave.realworld;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.internal.cli.BinInterleave;
import java.util.stream.Stream;

/** What every run of {@code bin/interleave} on a real-world program must show, whatever its verdict. */
final class CliChecks {

    private CliChecks() {
    }

    /** No error of Interleave's own: not exit 3, no "internal error", no Interleave exception as the program's. */
    static void noToolError(BinInterleave.Outcome outcome) {
        assertNotEquals(3, outcome.exit(), () -> "Interleave itself failed: " + text(outcome));
        assertTrue(lines(outcome).noneMatch(l -> l.contains("internal error") || l.contains("cannot reach the initializer")
                || l.contains("at dev.interleave.internal.runtime.")), () -> "an error of Interleave's own: " + text(outcome));
    }

    static void noDataRace(BinInterleave.Outcome outcome) {
        noDataRace(outcome, java.util.Set.of());
    }

    /** No data race but those inside the library that the program's line of programs.tsv names. */
    static void noDataRace(BinInterleave.Outcome outcome, java.util.Set<String> libraryRaces) {
        assertTrue(lines(outcome).filter(l -> l.startsWith("DATA RACE"))
                        .allMatch(l -> libraryRaces.stream().anyMatch(field -> l.startsWith("DATA RACE: " + field + ":"))),
                () -> "a data race reported: " + text(outcome));
    }

    static Stream<String> lines(BinInterleave.Outcome outcome) {
        return Stream.concat(outcome.out().stream(), outcome.err().stream());
    }

    static String text(BinInterleave.Outcome outcome) {
        return "exit " + outcome.exit() + "\n" + String.join("\n", outcome.out()) + "\n" + String.join("\n", outcome.err());
    }

    /** The first FAILURE line of an explore. */
    static String failureLine(BinInterleave.Outcome outcome) {
        return outcome.out().stream().filter(l -> l.startsWith("FAILURE: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no FAILURE line: " + text(outcome)));
    }
}
