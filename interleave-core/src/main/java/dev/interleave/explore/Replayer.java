package dev.interleave.explore;

import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.runtime.Execution;
import dev.interleave.schedule.Schedule;
import dev.interleave.strategy.GuidedStrategy;

/** Replays a schedule exactly; a program that does not follow it throws ReplayDivergedException. */
public final class Replayer {

    private Replayer() {
    }

    /**
     * @param detailed record each step's source line (for a report)
     * @throws dev.interleave.schedule.ReplayDivergedException naming the first decision that diverged
     */
    public static RunResult replay(ControlledRuntime runtime, Execution.Body body, Schedule schedule, boolean detailed) {
        RunOptions options = RunOptions.defaults().withEchoOutput(false).withRecordLocations(detailed)
                .withStrategy(new GuidedStrategy(schedule.choices(), true)).withMode(Mode.parse(schedule.mode()));
        return runtime.execute(options, body);
    }
}
