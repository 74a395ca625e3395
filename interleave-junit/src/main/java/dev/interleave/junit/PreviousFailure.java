package dev.interleave.junit;

import dev.interleave.Mode;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A test that failed runs its saved schedule first on the next run, before exploring (as jqwik
 * replays a failing property's seed): a bug being fixed is checked at once and at no cost, and a
 * failure that a sampling strategy found by luck does not slip away on the next run. The schedule
 * is the one the failing run wrote to its report directory; one recorded for another test or in
 * another mode (the test changed its settings) is left alone.
 * {@code -Dinterleave.previousFailureFirst=false} turns it off.
 */
final class PreviousFailure {

    static final String PROPERTY = "interleave.previousFailureFirst";

    private PreviousFailure() {
    }

    /** Whether previous failures run first: unless the property says {@code false}. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip());
    }

    /** The schedule in {@code reports/schedule.txt}, when it was recorded for {@code target} in {@code mode}. */
    static Optional<Schedule> in(Path reports, String target, Mode mode) {
        Path file = reports.resolve("schedule.txt");
        if (!enabled() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Schedule schedule = ScheduleToken.decode(ReportWriter.readToken(file), target);
            return schedule.mode() == mode ? Optional.of(schedule) : Optional.empty();
        } catch (BadScheduleException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
