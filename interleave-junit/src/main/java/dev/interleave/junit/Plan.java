package dev.interleave.junit;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.schedule.Schedule;

/** What an {@code @InterleaveTest} will do: explore under options, or replay one schedule exactly. */
sealed interface Plan {

    /** The name that schedules are tied to: {@code class#method}. */
    String target();

    /** The JDK classes to instrument as program code. */
    java.util.List<String> instrument();

    record Explore(String target, ExploreOptions options) implements Plan {
        @Override
        public java.util.List<String> instrument() {
            return options.instrument();
        }
    }

    /** @param source where the token came from, as the user wrote it: the attribute or the system property */
    record Replay(String target, Schedule schedule, String source, java.util.List<String> instrument) implements Plan {
    }
}
