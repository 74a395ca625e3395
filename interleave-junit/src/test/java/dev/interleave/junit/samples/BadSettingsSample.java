package dev.interleave.junit.samples;

import dev.interleave.Mode;
import dev.interleave.Strategies;
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

    @InterleaveTest(strategy = Strategies.DFS, seed = 7)
    void seedWithDfs() {
    }

    @InterleaveTest(pctDepth = 5)
    void pctDepthWithPortfolio() {
    }

    @InterleaveTest(strategy = Strategies.POS, delayBound = 2)
    void delayBoundWithPos() {
    }

    @InterleaveTest(strategy = Strategies.RANDOM, reduction = false)
    void noReductionWithRandom() {
    }

    /** A cooperative schedule of this method, asked to replay in sync mode. */
    @InterleaveTest(replay = "il1.cc052.AQIDAQID", mode = Mode.SYNC)
    void replayInAnotherMode() {
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
