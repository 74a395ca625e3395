package dev.interleave.internal.cli;

import dev.interleave.ProgramException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as the command line writes them: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ProgramException("bad duration '" + text + "': expected a number and a unit, as in 500ms, 30s, 2m, 1h");
        }
        long amount = Long.parseLong(m.group(1));
        if (amount <= 0) {
            throw new ProgramException("the time limit must be positive, not " + text);
        }
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
