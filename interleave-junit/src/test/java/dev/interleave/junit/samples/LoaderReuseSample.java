package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.junit.InterleaveTest;
import dev.interleave.junit.LoadersSeen;

/**
 * Records the class loader of each execution: a plain class's executions share one (its static
 * state reset each time), as do those of a class that uses an enum or an interface with state.
 */
public class LoaderReuseSample {

    private static int executions;

    enum Colour { RED, GREEN }

    interface Registry {
        java.util.List<String> NAMES = new java.util.ArrayList<>();
    }

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

    @InterleaveTest(schedules = 20)
    void usesAnInterfaceWithState() {
        executions++;
        assertEquals(1, executions, "executions seen by this class's static state");
        Registry.NAMES.add("execution");
        assertEquals(1, Registry.NAMES.size(), "executions seen by the interface's list");
        LoadersSeen.record("usesAnInterfaceWithState", getClass().getClassLoader());
    }
}
