package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.interleave.RunResult;
import dev.interleave.Strategies;
import dev.interleave.schedule.Schedule;
import dev.interleave.testprograms.RacyFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    @Test
    void theFailingScheduleIsHandedOverBeforeAnythingElseIsDoneWithItsExecution() {
        List<String> calls = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void executed(long done, long elapsedNanos, long frontier) {
                calls.add("executed " + done);
            }

            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                calls.add(result.races().isEmpty() ? "failure found" : "failure found, with a race");
            }
        };
        ExploreOptions options = ExploreOptions.defaults(20).withStrategy(Strategies.RANDOM);
        Exploration exploration = new Explorer(options, listener).explore(new Target("racy and failing", RacyFailure::run));

        assertEquals(1, exploration.schedulesRun());
        // The race bookkeeping and the progress line come after the listener has the schedule
        // (the command line and the JUnit extension save it there).
        assertEquals(List.of("failure found, with a race", "executed 1"), calls);
        assertFalse(exploration.races().isEmpty());
    }
}
