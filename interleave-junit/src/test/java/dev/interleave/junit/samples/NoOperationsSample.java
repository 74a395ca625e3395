package dev.interleave.junit.samples;

import dev.interleave.junit.LinearizabilityTest;

/** A specification that declares no operation: a mistake said as such. Run by the extension's tests, not by Surefire. */
public class NoOperationsSample {

    int count;

    int incrementAndGet() {
        return ++count;
    }

    @LinearizabilityTest(scenarios = 1, seed = 1)
    void linearizable() {
    }
}
