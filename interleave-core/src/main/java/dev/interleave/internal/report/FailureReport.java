package dev.interleave.internal.report;

import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Found;
import dev.interleave.schedule.Schedule;

/**
 * Everything a failure report says: the failure, the schedule that shows it (shrunk when it came
 * from an exploration), the replay of that schedule step by step, and how to replay it again.
 *
 * @param found       how the exploration found and shrank it, or null for a replay
 * @param exploration the exploration's summary, or null for a replay
 * @param scenario    for a linearizability test, its scenario and results; else null
 */
public record FailureReport(Schedule schedule, RunResult replay, Found found, Exploration exploration,
                            String replayCommand, ScenarioReport scenario) {

    public FailureReport(Schedule schedule, RunResult replay, Found found, Exploration exploration,
                         String replayCommand) {
        this(schedule, replay, found, exploration, replayCommand, null);
    }

    public FailureReport withScenario(ScenarioReport report) {
        return new FailureReport(schedule, replay, found, exploration, replayCommand, report);
    }

    public Failure failure() {
        return (Failure) replay.verdict();
    }

    public static FailureReport of(Exploration exploration, String replayCommand) {
        Found found = exploration.found().orElseThrow();
        return new FailureReport(found.shrunk(), found.replay(), found, exploration, replayCommand);
    }
}
