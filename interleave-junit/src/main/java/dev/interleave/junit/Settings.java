package dev.interleave.junit;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads an {@code @InterleaveTest} and the {@code interleave.replay} system property into a
 * {@link Plan}. Attributes that contradict each other fail the test: a setting that would be
 * silently ignored could make a test pass that should not.
 */
final class Settings {

    static final String REPLAY_PROPERTY = "interleave.replay";
    private static final List<String> EXPLORE_ATTRIBUTES = List.of("strategy", "schedules", "seed", "timeLimit");

    private Settings() {
    }

    /**
     * @param replayProperty the value of {@code -Dinterleave.replay}, or null
     * @throws ConfigurationException saying what to change
     */
    static Plan of(InterleaveTest test, String target, String replayProperty) {
        if (test.mode() != InterleaveTest.Mode.COOPERATIVE) {
            throw new ConfigurationException("mode " + test.mode() + " is not yet supported: only COOPERATIVE is");
        }
        String property = replayProperty == null ? "" : replayProperty.strip();
        String attribute = test.replay().strip();
        if (!attribute.isEmpty()) {
            List<String> set = exploreAttributesSet(test);
            if (!set.isEmpty()) {
                throw new ConfigurationException("replay cannot be combined with " + String.join(", ", set)
                        + ": a replay runs exactly one schedule; remove " + (set.size() == 1 ? "it" : "them")
                        + " or remove replay");
            }
            if (!property.isEmpty() && !property.equals(attribute)) {
                throw new ConfigurationException("two different schedules to replay: replay = \"" + attribute + "\" and -D"
                        + REPLAY_PROPERTY + "=" + property + "; remove one");
            }
        }
        List<String> instrument = List.of(test.instrument());
        if (!property.isEmpty()) {
            return replay(target, property, "-D" + REPLAY_PROPERTY, instrument);
        }
        if (!attribute.isEmpty()) {
            return replay(target, attribute, "the replay attribute", instrument);
        }
        return new Plan.Explore(target, exploreOptions(test));
    }

    private static Plan replay(String target, String token, String source, List<String> instrument) {
        Schedule schedule;
        try {
            schedule = ScheduleToken.decode(token, target);
        } catch (BadScheduleException e) {
            throw new ConfigurationException("cannot replay " + token + " (from " + source + "): " + e.getMessage()
                    + "; a token replays only the test method it was found in (with -D" + REPLAY_PROPERTY
                    + ", run only that test, e.g. -Dtest='Class#method')");
        }
        if (!schedule.mode().equals("cooperative")) {
            throw new ConfigurationException("cannot replay " + token + " (from " + source + "): it was recorded in mode "
                    + schedule.mode() + ", which this version does not run");
        }
        return new Plan.Replay(target, schedule, source, instrument);
    }

    private static ExploreOptions exploreOptions(InterleaveTest test) {
        InterleaveTest.Strategy strategy = test.strategy();
        boolean seeded = test.seed() != InterleaveTest.RANDOM_SEED;
        if (seeded && (strategy == InterleaveTest.Strategy.DFS || strategy == InterleaveTest.Strategy.FIFO)) {
            throw new ConfigurationException("seed has no effect with strategy " + strategy
                    + " (it is not random); remove seed or choose PORTFOLIO, RANDOM or PCT");
        }
        long seed = seeded ? test.seed() : ThreadLocalRandom.current().nextLong(1L << 48);
        long schedules = test.schedules();
        if (strategy == InterleaveTest.Strategy.FIFO && !isSet(test, "schedules")) {
            schedules = 1; // FIFO has one schedule; running it again would only repeat it
        }
        Duration limit = TimeLimits.parse(test.timeLimit());
        try {
            return ExploreOptions.defaults(seed).withStrategy(strategy.name().toLowerCase(Locale.ROOT))
                    .withSchedules(schedules).withTimeLimit(limit).withInstrument(List.of(test.instrument()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static List<String> exploreAttributesSet(InterleaveTest test) {
        List<String> set = new ArrayList<>();
        for (String name : EXPLORE_ATTRIBUTES) {
            if (isSet(test, name)) {
                set.add(name);
            }
        }
        return set;
    }

    /** Whether an attribute differs from its default (an explicit default cannot be told apart, and needs no warning). */
    private static boolean isSet(InterleaveTest test, String attribute) {
        try {
            Method method = InterleaveTest.class.getMethod(attribute);
            return !Objects.equals(method.invoke(test), method.getDefaultValue());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("InterleaveTest has no attribute " + attribute, e);
        }
    }
}
