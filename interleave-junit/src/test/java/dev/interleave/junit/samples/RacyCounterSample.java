package dev.interleave.junit.samples;

import dev.interleave.junit.LinearizabilityTest;
import dev.interleave.linearizability.Operation;

/**
 * A counter whose increment is a read and a write with no synchronization: two threads can both
 * read the same value. Run by the extension's tests, not by Surefire.
 */
public class RacyCounterSample {

    int count;

    @Operation
    int incrementAndGet() {
        return ++count;
    }

    @LinearizabilityTest(scenarios = 20, seed = 3)
    void linearizable() {
    }
}
