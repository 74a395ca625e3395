package dev.interleave.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.junit.samples.BadSettingsSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings that contradict each other, or cannot run, fail the test with one line that says what to change. */
class BadSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            replayWithSchedules | replay cannot be combined with schedules: a replay runs exactly one schedule; remove it or remove replay
            seedWithDfs         | seed has no effect with strategy dfs: remove it, or choose portfolio, random, pct, pos, urw or surw
            pctDepthWithPortfolio | pctDepth has no effect with strategy portfolio: remove it, or choose pct
            delayBoundWithPos   | delayBound has no effect with strategy pos: remove it, or choose dfs
            noReductionWithRandom | reduction has no effect with strategy random: remove it, or choose dfs
            replayInAnotherMode | cannot replay il1.cc052.AQIDAQID (from the replay attribute) in mode sync: it was recorded in mode cooperative (a schedule carries its mode); remove mode
            badTimeLimit        | timeLimit "soon" is not a positive duration such as 500ms, 30s, 2m or 1h
            noSchedules         | the number of schedules must be positive, not 0
            foreignToken        | cannot replay il1.c0e43.AQIDAQID (from the replay attribute): this schedule was recorded for another program, not dev.interleave.junit.samples.BadSettingsSample#foreignToken; a token replays only the test method it was found in (with -Dinterleave.replay, run only that test, e.g. -Dtest='Class#method')
            instrumentNoSuchClass | instrument: no JDK class java.util.concurrent.NoSuchDeque to instrument (give a class of the JDK, such as java.util.concurrent.ConcurrentLinkedDeque: the program's and its libraries' classes are instrumented always)
            instrumentThread    | instrument: cannot instrument java.lang.Thread: Interleave runs on or models the classes of java.lang.* itself; only other JDK classes, such as java.util.concurrent.ConcurrentLinkedDeque, can be
            malformedToken      | cannot replay not-a-token (from the replay attribute): not a schedule token: 'not-a-token'; a token replays only the test method it was found in (with -Dinterleave.replay, run only that test, e.g. -Dtest='Class#method')
            """)
    void failsWithOneClearLine(String method, String reason) {
        Throwable failure = Samples.onlyFailure(Samples.run(BadSettingsSample.class, method));
        assertEquals("@InterleaveTest on " + BadSettingsSample.class.getName() + "#" + method + ": " + reason,
                failure.getMessage());
    }
}
