package dev.interleave.examples.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The motivating document's programs, ported: under FIFO they print exactly the document's
 * outputs (Java's lower-case booleans aside), and every run of one gives the same trace.
 */
class DocumentProgramsTest {

    private static final List<String> RACY = List.of(
            "ran=false", "ran=false", "ran=false",
            "after ran = True", "after ran = True", "after ran = True");
    private static final List<String> LOCKED = List.of(
            "ran=false", "after ran = True", "ran=true", "ran=true");

    private static RunResult run(Class<?> main) {
        Program program = Program.of(List.of(Path.of("target/classes")), main.getName());
        return Interleave.runMain(program, new String[0], RunOptions.defaults().withEchoOutput(false));
    }

    @Test
    void racyFlagPrintsTheDocumentsSurprise() {
        RunResult result = run(RacyFlag.class);
        assertTrue(result.passed(), result.verdict().toString());
        assertEquals(RACY, result.output());
    }

    @Test
    void reentrantLockFixesIt() {
        RunResult result = run(LockedFlag.class);
        assertTrue(result.passed(), result.verdict().toString());
        assertEquals(LOCKED, result.output());
    }

    @Test
    void synchronizedFixesIt() {
        RunResult result = run(SynchronizedFlag.class);
        assertTrue(result.passed(), result.verdict().toString());
        assertEquals(LOCKED, result.output());
    }

    @Test
    void theRaceNeedsTheYieldBetweenCheckAndSet() {
        // Three tasks, each yielding once inside the check-then-act, and main waiting in close():
        // the trace shows the three yields before any task ends.
        var steps = run(RacyFlag.class).trace().steps();
        var kinds = steps.stream().map(s -> s.kind().name()).toList();
        assertEquals(List.of("PARK", "YIELD", "YIELD", "YIELD"), kinds.subList(0, 4), steps.toString());
    }

    @ParameterizedTest
    @ValueSource(classes = {RacyFlag.class, LockedFlag.class, SynchronizedFlag.class})
    void fiftyRunsGiveIdenticalTraces(Class<?> main) {
        RunResult first = run(main);
        for (int i = 1; i < 50; i++) {
            RunResult again = run(main);
            assertEquals(first.trace(), again.trace(), "run " + i + " diverged");
            assertEquals(first.output(), again.output(), "run " + i + " printed differently");
        }
    }
}
