package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.testprograms.BrokenClassDriver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A class the agent cannot instrument fails every later run loudly, never a silent pass. */
class UninstrumentableClassTest {

    @Test
    void aClassThatCannotBeInstrumentedRefusesTheRun() throws Exception {
        FreshJvm.Outcome outcome = FreshJvm.run(BrokenClassDriver.class, Duration.ofSeconds(60));
        assertTrue(outcome.finished(), outcome.lines().toString());
        assertEquals(1, outcome.lines().size(), outcome.lines().toString());
        String line = outcome.lines().getFirst();
        assertTrue(line.startsWith("refused: a class could not be instrumented"), line);
        assertTrue(line.contains("dev.interleave.testprograms.Broken"), line);
    }
}
