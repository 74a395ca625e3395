package dev.interleave.junit;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.schedule.Schedule;
import java.util.List;

/**
 * What an {@code @InterleaveTest} will do: explore under options, or replay one schedule exactly;
 * either way, whether a data race on a passing run fails the test.
 */
sealed interface Plan {

    /** The name that schedules are tied to: {@code class#method}. */
    String target();

    /** The JDK classes to instrument as program code. */
    List<String> instrument();

    boolean failOnDataRace();

    record Explore(String target, ExploreOptions options, boolean failOnDataRace) implements Plan {
        @Override
        public List<String> instrument() {
            return options.instrument();
        }
    }

    /**
     * @param source   where the token came from, as the user wrote it: the attribute or the system property
     * @param maxSteps the step limit, which must be the one the schedule was found under
     */
    record Replay(String target, Schedule schedule, String source, List<String> instrument, long maxSteps,
                  boolean failOnDataRace) implements Plan {
    }
}
