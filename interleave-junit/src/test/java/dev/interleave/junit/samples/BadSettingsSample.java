package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;

/**
 * Settings that cannot run as written. Every body would pass: a test that passes here ran
 * although its settings were wrong.
 */
public class BadSettingsSample {

    /** A schedule of RacyFlagSample's test method, not of any method here. */
    public static final String FOREIGN_TOKEN = "il1.c0e43.AQIDAQID";

    @InterleaveTest(replay = "il1.c0e43.AQIDAQID", schedules = 10)
    void replayWithSchedules() {
    }

    @InterleaveTest(strategy = InterleaveTest.Strategy.DFS, seed = 7)
    void seedWithDfs() {
    }

    @InterleaveTest(mode = InterleaveTest.Mode.SYNC)
    void syncMode() {
    }

    @InterleaveTest(timeLimit = "soon")
    void badTimeLimit() {
    }

    @InterleaveTest(schedules = 0)
    void noSchedules() {
    }

    @InterleaveTest(replay = FOREIGN_TOKEN)
    void foreignToken() {
    }

    @InterleaveTest(replay = "not-a-token")
    void malformedToken() {
    }

    @InterleaveTest(instrument = "java.util.concurrent.NoSuchDeque")
    void instrumentNoSuchClass() {
    }

    @InterleaveTest(instrument = "java.lang.Thread")
    void instrumentThread() {
    }
}
