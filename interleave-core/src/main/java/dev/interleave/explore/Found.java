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
 */
public record Found(long execution, Schedule schedule, int delays, Schedule shrunk, int shrunkDelays,
                    int shrinkRuns, RunResult replay) {

    public Failure failure() {
        return (Failure) replay.verdict();
    }
}
