package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;

/**
 * Replays schedules through the annotation: FIFO's schedule of the race, where every task yields
 * before any sets the flag, and one that the program cannot follow. Each token names its method,
 * so no other method accepts it.
 */
public class ReplaySample {

    @InterleaveTest(replay = "il1.ce14c.AQIDAQID")
    void racyFlag() {
        new RacyFlagSample().onlyOneTaskSetsTheFlag();
    }

    /** A token of this method whose choices name task 9, which never exists: the replay cannot be followed. */
    @InterleaveTest(replay = "il1.c43e7.CQkJ")
    void divergent() {
        new RacyFlagSample().onlyOneTaskSetsTheFlag();
    }
}
