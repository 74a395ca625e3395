package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.junit.InterleaveTest;
import dev.interleave.junit.LoadersSeen;

/**
 * Records the class loader of each execution: a plain class's executions share one (its static
 * state reset each time); a class that uses an enum, which cannot be reset, gets a fresh one each.
 */
public class LoaderReuseSample {

    private static int executions;

    enum Colour { RED, GREEN }

    @InterleaveTest(schedules = 20)
    void plainClass() {
        executions++;
        assertEquals(1, executions, "executions seen by this class's static state");
        LoadersSeen.record("plainClass", getClass().getClassLoader());
    }

    @InterleaveTest(schedules = 20)
    void usesAnEnum() {
        executions++;
        assertEquals(1, executions, "executions seen by this class's static state");
        assertEquals(Colour.GREEN, Colour.valueOf("GREEN"));
        LoadersSeen.record("usesAnEnum", getClass().getClassLoader());
    }
}
