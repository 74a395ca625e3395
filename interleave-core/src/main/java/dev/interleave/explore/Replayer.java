package dev.interleave.explore;

import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.runtime.Execution;
import dev.interleave.schedule.Schedule;
import dev.interleave.internal.strategy.GuidedStrategy;

/** Replays a schedule exactly; a program that does not follow it throws ReplayDivergedException. */
public final class Replayer {

    private Replayer() {
    }

    /**
     * @param detailed record each step's source line (for a report)
     * @throws dev.interleave.schedule.ReplayDivergedException naming the first decision that diverged
     */
    public static RunResult replay(ControlledRuntime runtime, Execution.Body body, Schedule schedule, boolean detailed) {
        return replay(runtime, body, schedule, RunOptions.defaults().withEchoOutput(false).withRecordLocations(detailed));
    }

    /**
     * Replays under {@code options} (its limits, what it records, whether output is echoed); the
     * strategy and the mode are the schedule's. A schedule found under a step limit other than the
     * default must be replayed under the same limit.
     */
    public static RunResult replay(ControlledRuntime runtime, Execution.Body body, Schedule schedule, RunOptions options) {
        RunOptions guided = options.withStrategy(new GuidedStrategy(schedule.choices(), true))
                .withMode(schedule.mode())
                .withFocus(options.focus().isEmpty() ? Target.focusOf(schedule.target()) : options.focus());
        // A step that never ends answers with the run so far, as any run does.
        return runtime.supervised(() -> runtime.execute(guided, body), soFar -> soFar);
    }
}
