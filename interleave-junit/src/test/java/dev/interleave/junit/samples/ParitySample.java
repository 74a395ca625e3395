package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.Mode;
import dev.interleave.junit.InterleaveTest;

/**
 * What the command line finds, found from JUnit: a lost update on a plain field with no blocking
 * call (only preemptive mode, the default, has a point between the read and the write), and a
 * data race on a run that passes, which {@code failOnDataRace} turns into a failure. Run by the
 * extension's tests, not by Surefire.
 */
public class ParitySample {

    private int count;
    private int last;

    @InterleaveTest(seed = 1, schedules = 200)
    void lostUpdate() throws InterruptedException {
        Thread first = new Thread(() -> count++);
        Thread second = new Thread(() -> count++);
        first.start();
        second.start();
        first.join();
        second.join();
        assertEquals(2, count, "count after two increments");
    }

    /** Cooperative: no point between the accesses, so every schedule passes; the detector still sees the race. */
    @InterleaveTest(mode = Mode.COOPERATIVE, failOnDataRace = true, schedules = 20)
    void racyButPassing() throws InterruptedException {
        Thread first = new Thread(() -> last = 1);
        Thread second = new Thread(() -> last = 2);
        first.start();
        second.start();
        first.join();
        second.join();
    }
}
