package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;

/**
 * Replays a recorded schedule of its own race through the annotation: FIFO's schedule, where
 * every task yields before any sets the flag (the token names this method, so no other accepts it).
 */
public class ReplaySample {

    @InterleaveTest(replay = "il1.ce14c.AQIDAQID")
    void racyFlag() {
        new RacyFlagSample().onlyOneTaskSetsTheFlag();
    }
}
