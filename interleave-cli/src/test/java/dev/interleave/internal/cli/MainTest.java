package dev.interleave.internal.cli;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import dev.interleave.schedule.Schedule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line's contract, in process: exit codes and one clear line for bad input. */
class MainTest {

    private static final String EXAMPLES = System.getProperty("interleave.examples.classes");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    private String errorLine() {
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, text.lines().count(), "expected one line, got:\n" + text);
        return text;
    }

    @Test
    void runsTheRacyProgram() {
        assertEquals(0, Main.execute("run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag"));
    }

    @Test
    void aDeadlockIsAFailureWithAReport() {
        assertEquals(1, Main.execute("run", "--cp", EXAMPLES, "dev.interleave.examples.failures.LockOrderDeadlock"));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("FAILURE: deadlock"), report);
        assertTrue(report.contains("held by"), report);
        assertTrue(report.contains("LockOrderDeadlock.take(LockOrderDeadlock.java:"), report);
    }

    @Test
    void interleavesOwnFailureIsExit3AndSaysSoNeverTheProgramsFailure() {
        String tests = System.getProperty("user.dir") + "/target/test-classes";
        assertEquals(3, Main.execute("run", "--cp", tests, "dev.interleave.cli.fixtures.NameClash"));
        String line = errorLine();
        assertTrue(line.contains("Interleave itself failed, not the program"), line);
        assertTrue(line.contains("NameClash$Clashing"), line);
    }

    @Test
    void runTakesATimeLimitAndWritesTheReportsOfAFailure() throws java.io.IOException {
        java.nio.file.Path reports = java.nio.file.Files.createTempDirectory("run");
        assertEquals(1, Main.execute("run", "--cp", EXAMPLES, "--time-limit", "60s", "--report", reports.toString(),
                "dev.interleave.examples.failures.LockOrderDeadlock"));
        String token = java.nio.file.Files.readAllLines(reports.resolve("schedule.txt")).getFirst();
        assertTrue(token.startsWith("il1.c"), "run's cooperative FIFO schedule: " + token);
        assertTrue(java.nio.file.Files.readString(reports.resolve("report.txt")).startsWith("FAILURE: deadlock"));
        assertTrue(java.nio.file.Files.exists(reports.resolve("report.html")));
        assertEquals(0, Main.execute("run", "--cp", EXAMPLES, "--time-limit", "60s", "dev.interleave.examples.asyncio.RacyFlag"));
    }

    @Test
    void posFindsTheDocumentsRace() throws java.io.IOException {
        String reports = java.nio.file.Files.createTempDirectory("pos").toString();
        assertEquals(1, Main.execute("explore", "--cp", EXAMPLES, "--strategy", "pos", "--seed", "1", "--schedules", "10",
                "--report", reports, "dev.interleave.examples.asyncio.RacyOnce"));
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(2, Main.execute("run", "--frobnicate", "--cp", EXAMPLES, "X"));
        assertTrue(errorLine().contains("--frobnicate"));
    }

    @Test
    void unknownCommandIsUsageError() {
        assertEquals(2, Main.execute("frobnicate"));
        assertTrue(errorLine().contains("frobnicate"));
    }

    @Test
    void missingClassIsUsageError() {
        assertEquals(2, Main.execute("run", "--cp", EXAMPLES, "no.such.Main"));
        assertTrue(errorLine().contains("class no.such.Main not found"));
    }

    @Test
    void classWithoutMainIsUsageError() {
        assertEquals(2, Main.execute("run", "--cp", EXAMPLES, "dev.interleave.examples.failures.NoMain"));
        assertTrue(errorLine().contains("has no main method"));
    }

    @Test
    void classPathEntryThatDoesNotExistIsUsageError() {
        assertEquals(2, Main.execute("run", "--cp", "/no/such/dir", "dev.interleave.examples.asyncio.RacyFlag"));
        assertTrue(errorLine().contains("/no/such/dir"));
    }

    @Test
    void missingClassPathIsUsageError() {
        assertEquals(2, Main.execute("run", "dev.interleave.examples.asyncio.RacyFlag"));
        assertTrue(errorLine().contains("--cp"));
    }

    @Test
    void unknownModeIsUsageError() {
        assertEquals(2, Main.execute("run", "--mode", "chaotic", "--cp", EXAMPLES,
                "dev.interleave.examples.asyncio.RacyFlag"));
        assertTrue(errorLine().contains("unknown mode 'chaotic'"));
    }

    @Test
    void everyModeRunsTheDocumentsProgram() {
        for (String mode : List.of("cooperative", "sync", "preemptive")) {
            assertEquals(0, Main.execute("run", "--mode", mode, "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag"),
                    mode);
        }
    }

    @Test
    void aScheduleReplaysInItsOwnModeAndAnotherModeGivenIsUsageError() {
        String main = "dev.interleave.examples.asyncio.RacyFlag";
        String token = new Schedule(main, Mode.PREEMPTIVE, List.of(1, 0)).token();
        assertEquals(2, Main.execute("replay", "--cp", EXAMPLES, "--schedule", token, "--mode", "sync", main));
        assertTrue(errorLine().contains("recorded in mode preemptive, not sync: remove --mode sync"));
        err.reset();
        // Without --mode the schedule's own runs: it diverges at once (RacyFlag has no such choice), which is not a usage error.
        int exit = Main.execute("replay", "--cp", EXAMPLES, "--schedule", token, main);
        assertTrue(exit != 2, "exit " + exit + ": " + err);
    }
}
