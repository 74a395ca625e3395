package dev.interleave.junit;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.schedule.Schedule;

/** What an {@code @InterleaveTest} will do: explore under options, or replay one schedule exactly. */
sealed interface Plan {

    /** The name that schedules are tied to: {@code class#method}. */
    String target();

    record Explore(String target, ExploreOptions options) implements Plan {
    }

    /** @param source where the token came from, as the user wrote it: the attribute or the system property */
    record Replay(String target, Schedule schedule, String source) implements Plan {
    }
}
