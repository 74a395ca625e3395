package dev.interleave.explore;

import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.schedule.Schedule;

/**
 * A failure an exploration found: the schedule as found, the shrunk schedule that still fails the
 * same way, and the shrunk schedule's replay with every step's source line (for the report).
 *
 * @param execution    which execution of the exploration found it (from 0)
 * @param preemptions  choices that differ from FIFO's, before and after shrinking
 * @param shrinkBudgetReached shrinking stopped at its budget ({@link ExploreOptions#shrinkTime()}
 *                    or its most runs): a longer budget might shrink the schedule further
 * @param shrinkNanos how long shrinking took
 */
public record Found(long execution, Schedule schedule, int preemptions, Schedule shrunk, int shrunkPreemptions,
                    int shrinkRuns, RunResult replay, boolean shrinkBudgetReached, long shrinkNanos) {

    public Failure failure() {
        return (Failure) replay.verdict();
    }
}
