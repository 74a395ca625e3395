package dev.interleave.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.FreshJvm;
import dev.interleave.testprograms.StuckStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step watchdog, where it lives: a run whose task blocks where Interleave cannot see (a native
 * read of a named pipe no one writes), with no time limit, ends with a {@code STUCK_STEP} limit
 * instead of hanging, and the runtime goes on serving runs. The step time limit is read once a JVM
 * ({@code interleave.stepTimeLimit}, 30 s by default), so the run is in a JVM of its own with a
 * limit of one second; the child's deadline is only a safety net for a watchdog that never fires.
 */
class StepWatchdogTest {

    @Test
    void aStepBlockedInANativeReadEndsAsAStuckStep() throws Exception {
        Path fifo = Files.createTempDirectory("interleave-watchdog").resolve("never-written");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        try {
            FreshJvm.Outcome outcome = FreshJvm.run(List.of("-Dinterleave.stepTimeLimit=1"), StuckStep.class,
                    Duration.ofSeconds(120), fifo.toString());
            List<String> lines = outcome.lines();
            assertTrue(outcome.finished(), "the run hung: " + lines);
            assertEquals(0, outcome.exitCode(), lines.toString());
            assertEquals("kind STUCK_STEP", lines.getFirst(), lines.toString());
            assertTrue(lines.get(1).startsWith("limit task ran for ") && lines.get(1).contains(
                    "without reaching a scheduling point or going round a loop of the program"), lines.toString());
            assertEquals(List.of("stack names the read true", "output [before the read]", "next run passes true"),
                    lines.subList(2, lines.size()));
        } finally {
            Files.deleteIfExists(fifo);
            Files.deleteIfExists(fifo.getParent());
        }
    }
}
