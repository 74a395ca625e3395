package dev.interleave.junit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The annotation's durations ({@code timeLimit}, {@code outsideWait}): a positive whole number and a unit, as the command line writes it. */
final class TimeLimits {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})\\s*(ms|s|m|h)");
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);

    private TimeLimits() {
    }

    /** Null for "no limit" (the empty string). */
    static Duration parse(String text) {
        return parse("timeLimit", text);
    }

    /** The duration of attribute {@code attribute}; null for the empty string. */
    static Duration parse(String attribute, String text) {
        if (text.isBlank()) {
            return null;
        }
        Matcher form = FORM.matcher(text.strip());
        if (!form.matches() || Long.parseLong(form.group(1)) == 0) {
            throw new ConfigurationException(attribute + " \"" + text + "\" is not a positive duration such as 500ms, 30s, 2m or 1h");
        }
        return Duration.of(Long.parseLong(form.group(1)), UNITS.get(form.group(2)));
    }
}
