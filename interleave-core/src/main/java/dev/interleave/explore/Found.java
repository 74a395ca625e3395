package dev.interleave.explore;

import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.schedule.Schedule;

/**
 * A failure an exploration found: the schedule as found, the shrunk schedule that still fails the
 * same way, and the shrunk schedule's replay with every step's source line (for the report).
 *
 * @param execution    which execution of the exploration found it (from 0)
 * @param delays       choices that differ from FIFO's (see {@link DelayCounter}), before and after shrinking
 * @param shrinkBudgetReached shrinking stopped at its budget ({@link ExploreOptions#shrinkTime()}
 *                    or its most runs): a longer budget might shrink the schedule further
 * @param shrinkNanos how long shrinking took
 * @param notReplayed  null when {@code replay} is a replay of {@code shrunk}; otherwise why it is not
 *                     (the program did not follow its schedule again): {@code replay} is then the run
 *                     that found the failure, and {@code shrunk} the schedule as found
 */
public record Found(long execution, Schedule schedule, int delays, Schedule shrunk, int shrunkDelays,
                    int shrinkRuns, RunResult replay, boolean shrinkBudgetReached, long shrinkNanos,
                    String notReplayed) {

    /** A failure whose report is the run that found it (it could not be run again). */
    static Found asFound(long execution, Schedule schedule, int delays, RunResult run) {
        return new Found(execution, schedule, delays, schedule, delays, 0, run, false, 0, null);
    }

    public Failure failure() {
        return (Failure) replay.verdict();
    }
}
