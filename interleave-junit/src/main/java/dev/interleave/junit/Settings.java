package dev.interleave.junit;

import dev.interleave.Strategies;
import dev.interleave.Strategies.Setting;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads an {@code @InterleaveTest} and the {@code interleave.*} system properties into a
 * {@link Plan}. Settings that contradict each other fail the test: a setting that would be
 * silently ignored could make a test pass that should not.
 */
final class Settings {

    static final String REPLAY_PROPERTY = "interleave.replay";
    static final String SHARD_PROPERTY = "interleave.shard";
    static final String FAIL_ON_DATA_RACE_PROPERTY = "interleave.failOnDataRace";
    /** The attributes that steer an exploration, which a replay (one schedule) does not have. */
    private static final List<String> EXPLORE_ATTRIBUTES = List.of("strategy", "schedules", "seed", "timeLimit",
            "pctDepth", "delayBound", "reduction", "shrink", "checkDeterminism");
    /** The attributes that only some strategies read. */
    private static final Map<String, Setting> STRATEGY_SETTINGS = Map.of("seed", Setting.SEED,
            "pctDepth", Setting.PCT_DEPTH, "delayBound", Setting.DELAY_BOUND, "reduction", Setting.REDUCTION);

    private Settings() {
    }

    /** The system properties the settings read: each null when not set. */
    record Properties(String replay, String shard, String failOnDataRace) {
        static Properties ofSystem() {
            return new Properties(System.getProperty(REPLAY_PROPERTY), System.getProperty(SHARD_PROPERTY),
                    System.getProperty(FAIL_ON_DATA_RACE_PROPERTY));
        }
    }

    /** @throws ConfigurationException saying what to change */
    static Plan of(InterleaveTest test, String target, Properties properties) {
        String property = properties.replay() == null ? "" : properties.replay().strip();
        String attribute = test.replay().strip();
        boolean failOnDataRace = test.failOnDataRace() || flag(properties.failOnDataRace());
        if (!attribute.isEmpty()) {
            List<String> set = attributesSet(test, EXPLORE_ATTRIBUTES);
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
            return replay(test, target, property, "-D" + REPLAY_PROPERTY, instrument, failOnDataRace);
        }
        if (!attribute.isEmpty()) {
            return replay(test, target, attribute, "the replay attribute", instrument, failOnDataRace);
        }
        return new Plan.Explore(target, exploreOptions(test, properties.shard()), failOnDataRace);
    }

    private static Plan replay(InterleaveTest test, String target, String token, String source, List<String> instrument,
                               boolean failOnDataRace) {
        Schedule schedule;
        try {
            schedule = ScheduleToken.decode(token, target);
        } catch (BadScheduleException e) {
            throw new ConfigurationException("cannot replay " + token + " (from " + source + "): " + e.getMessage()
                    + "; a token replays only the test method it was found in (with -D" + REPLAY_PROPERTY
                    + ", run only that test, e.g. -Dtest='Class#method')");
        }
        if (isSet(test, "mode") && test.mode() != schedule.mode()) {
            throw new ConfigurationException("cannot replay " + token + " (from " + source + ") in mode " + test.mode()
                    + ": it was recorded in mode " + schedule.mode() + " (a schedule carries its mode); remove mode");
        }
        return new Plan.Replay(target, schedule, source, instrument, test.maxSteps(), failOnDataRace);
    }

    private static ExploreOptions exploreOptions(InterleaveTest test, String shard) {
        Strategies strategy = test.strategy();
        try {
            for (String attribute : attributesSet(test, List.copyOf(STRATEGY_SETTINGS.keySet()))) {
                strategy.requireReads(STRATEGY_SETTINGS.get(attribute), attribute);
            }
            long seed = test.seed() != InterleaveTest.RANDOM_SEED ? test.seed()
                    : ThreadLocalRandom.current().nextLong(1L << 48);
            return ExploreOptions.defaults(seed).withStrategy(strategy).withMode(test.mode())
                    .withSchedules(test.schedules()).withTimeLimit(TimeLimits.parse(test.timeLimit()))
                    .withPctDepth(test.pctDepth()).withDelayBound(test.delayBound()).withReduction(test.reduction())
                    .withShrink(test.shrink()).withCheckDeterminism(test.checkDeterminism())
                    .withMaxSteps(test.maxSteps()).withShard(shard == null || shard.isBlank() ? "0/1" : shard)
                    .withInstrument(List.of(test.instrument()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage().startsWith("bad shard") ? "-D" + SHARD_PROPERTY + ": "
                    + e.getMessage() : e.getMessage());
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ConfigurationException("-D" + FAIL_ON_DATA_RACE_PROPERTY + "=" + value + " is neither true nor false");
    }

    private static List<String> attributesSet(InterleaveTest test, List<String> names) {
        List<String> set = new ArrayList<>();
        for (String name : names) {
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
