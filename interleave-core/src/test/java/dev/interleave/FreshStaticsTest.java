package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.testprograms.NoMain;
import dev.interleave.testprograms.StaticCounter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Interleave.runMain} loads the program's classes into a fresh class loader for every
 * execution, so static state never carries over from one execution to the next; and
 * {@code Program.of} rejects a program it could not run, naming the problem.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(60)
class FreshStaticsTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    // Surefire runs the tests in the module's directory.
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    @Test
    void everyExecutionStartsWithFreshStaticState() {
        Program program = Program.of(List.of(TEST_CLASSES), "dev.interleave.testprograms.StaticCounter");
        for (int execution = 1; execution <= 3; execution++) {
            RunResult result = Interleave.runMain(program, new String[0], QUIET);
            assertTrue(result.passed(), "execution " + execution + ": " + result.verdict());
            assertEquals(List.of("1"), result.output(), "execution " + execution + " saw an earlier execution's count");
        }
    }

    @Test
    void programsMadeAnewAlsoStartFresh() {
        // One Program object per execution, as a CLI invocation would make.
        for (int execution = 1; execution <= 3; execution++) {
            Program program = Program.of(List.of(TEST_CLASSES), StaticCounter.class.getName());
            RunResult result = Interleave.runMain(program, new String[0], QUIET);
            assertEquals(List.of("1"), result.output(), "execution " + execution);
        }
    }

    @Test
    void runsNeverTouchTheTestJvmsOwnCopyOfTheClass() {
        int before = StaticCounter.runs();
        Program program = Program.of(List.of(TEST_CLASSES), StaticCounter.class.getName());
        RunResult result = Interleave.runMain(program, new String[0], QUIET);
        assertEquals(List.of("1"), result.output());
        assertEquals(before, StaticCounter.runs(), "a run counted in the test JVM's own StaticCounter");
    }

    @Test
    void missingMainClassIsRejected() {
        String missing = "dev.interleave.testprograms.NoSuchProgram";
        ProgramException error = assertThrows(ProgramException.class, () -> Program.of(List.of(TEST_CLASSES), missing));
        assertTrue(error.getMessage().contains(missing), error.getMessage());
        assertTrue(error.getMessage().contains("not found"), error.getMessage());
    }

    @Test
    void classWithoutMainIsRejected() {
        ProgramException error = assertThrows(ProgramException.class,
                () -> Program.of(List.of(TEST_CLASSES), NoMain.class.getName()));
        assertTrue(error.getMessage().contains(NoMain.class.getName()), error.getMessage());
        assertTrue(error.getMessage().contains("no main method"), error.getMessage());
    }

    @Test
    void missingClassPathEntryIsRejected() {
        Path missing = Path.of("target/no-such-directory");
        ProgramException error = assertThrows(ProgramException.class,
                () -> Program.of(List.of(TEST_CLASSES, missing), StaticCounter.class.getName()));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void emptyClassPathIsRejected() {
        ProgramException error = assertThrows(ProgramException.class,
                () -> Program.of(List.of(), StaticCounter.class.getName()));
        assertTrue(error.getMessage().contains("class path is empty"), error.getMessage());
    }
}
