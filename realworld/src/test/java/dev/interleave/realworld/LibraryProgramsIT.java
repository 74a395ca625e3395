package dev.interleave.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.internal.cli.BinInterleave;
import dev.interleave.realworld.RealWorldProgram.Kind;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programs on Caffeine, commons-pool2, Guava, JCTools and the JDK (with Derby through
 * {@code DriverManager}) through {@code bin/interleave}, as a user runs them: {@code run} ends as
 * under plain {@code java} with no error of Interleave's; {@code explore} in each mode passes every
 * correct program with no data race seen, and finds each seeded bug, its FAILURE line naming it.
 */
class LibraryProgramsIT {

    /** Schedules a correct program must pass in each mode: a sample, enough to meet its interleavings. */
    private static final String SCHEDULES = "60";

    static Stream<RealWorldProgram> programs() {
        return RealWorldProgram.of(Kind.CORRECT, Kind.SEEDED);
    }

    static Stream<Arguments> programsAndModes() {
        return programs().flatMap(p -> p.modes().stream().sorted().map(mode -> Arguments.of(p, mode)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void runEndsAsUnderJava(RealWorldProgram program) throws Exception {
        program.assumeNotBlocked();
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "run", "--cp", program.classPath(), program.mainClass());
        CliChecks.noToolError(outcome);
        if (program.kind() == Kind.CORRECT) {
            assertEquals(0, outcome.exit(), () -> CliChecks.text(outcome));
            CliChecks.noDataRace(outcome, program.libraryRaces());
        } else {
            // FIFO is one schedule: the seeded bug may or may not show in it (explore must find it).
            assertTrue(outcome.exit() == 0 || outcome.exit() == 1, () -> CliChecks.text(outcome));
        }
    }

    @ParameterizedTest(name = "{0} --mode {1}")
    @MethodSource("programsAndModes")
    void exploreTellsCorrectFromSeeded(RealWorldProgram program, String mode) throws Exception {
        program.assumeNotBlocked();
        String report = Files.createTempDirectory("realworld").toString();
        String schedules = program.schedules(SCHEDULES);
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "explore", "--cp", program.classPath(), "--mode", mode,
                "--seed", "1", "--schedules", schedules, "--report", report, program.mainClass());
        CliChecks.noToolError(outcome);
        if (program.kind() == Kind.CORRECT) {
            assertEquals(0, outcome.exit(), () -> CliChecks.text(outcome));
            assertTrue(outcome.out().getLast().contains(schedules + " schedules"), () -> CliChecks.text(outcome));
            CliChecks.noDataRace(outcome, program.libraryRaces());
        } else {
            assertEquals(1, outcome.exit(), () -> CliChecks.text(outcome));
            String failure = CliChecks.failureLine(outcome);
            program.expected().forEach(part -> assertTrue(failure.contains(part), () -> part + " not in: " + failure));
        }
    }
}
