package dev.interleave.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.internal.cli.BinInterleave;
import dev.interleave.realworld.RealWorldProgram.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery of known concurrency bugs of old releases (docs/realworld.md): {@code bin/interleave
 * explore} finds each (exit 1) in the mode programs.tsv gives, its FAILURE line naming it, and writes
 * a report whose trace is shrunk and replays with the printed line.
 */
class KnownBugsIT {

    static Stream<RealWorldProgram> knownBugs() {
        return RealWorldProgram.of(Kind.KNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownBugs")
    void exploreFindsTheKnownBug(RealWorldProgram program) throws Exception {
        program.assumeNotBlocked();
        Path report = Files.createTempDirectory("known");
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "explore", "--cp", program.classPath(),
                "--mode", program.modes().iterator().next(), "--seed", "1", "--schedules", program.schedules("2000"),
                "--shrink-time", program.shrinkTime(), "--report", report.toString(), program.mainClass());
        CliChecks.noToolError(outcome);
        assertEquals(1, outcome.exit(), () -> CliChecks.text(outcome));
        String failure = CliChecks.failureLine(outcome);
        program.expected().forEach(part -> assertTrue(failure.contains(part), () -> part + " not in: " + failure));
        // Shrinking has a wall-clock budget (--shrink-time): on a loaded machine one Derby execution
        // can outlast it, and the failure is then reported as found, "not shrunk (the shrink budget ... ended first)".
        assertTrue(outcome.out().stream().anyMatch(l -> l.matches("\\s+found at schedule \\d+, (not )?shrunk .*")),
                () -> CliChecks.text(outcome));
        String text = Files.readString(report.resolve("report.txt"));
        assertTrue(text.startsWith("FAILURE: "), text);
        assertTrue(text.contains("bin/interleave replay --cp ") && text.contains(program.mainClass()), text);
    }
}
