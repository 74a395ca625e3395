package dev.interleave.explore;

import dev.interleave.RunResult;
import dev.interleave.schedule.Schedule;

/** Hears about an exploration as it goes: for progress lines, and to save a failure at once. */
public interface ProgressListener {

    /**
     * An execution ended; {@code done} executions so far. {@code frontier} is, for DFS, the
     * branches on the current path not yet taken; -1 for other strategies.
     */
    default void executed(long done, long elapsedNanos, long frontier) {
    }

    /** A failing schedule was found: called before shrinking or anything else. */
    default void failureFound(Schedule schedule, RunResult result) {
    }

    ProgressListener NONE = new ProgressListener() {
    };
}
