package dev.interleave.internal.report;

import dev.interleave.schedule.Schedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report directory: {@code schedule.txt} first (a found failure is never lost), then
 * {@code report.txt}, {@code report.json} and {@code report.html}.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Creates the directory and checks it is writable; throws with a one-line reason if not. */
    public static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", "");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException("cannot write reports to " + dir + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    public static Path writeSchedule(Path dir, Schedule schedule, String replayCommand) {
        String text = schedule.token() + "\n"
                + "# Interleave schedule: " + schedule.size() + " decisions, mode " + schedule.mode() + "\n"
                + "# program: " + schedule.target() + "\n"
                + "# replay: " + replayCommand + "\n";
        return write(dir.resolve("schedule.txt"), text);
    }

    public static void writeReports(Path dir, FailureReport report) {
        write(dir.resolve("report.txt"), TextReport.of(report));
        write(dir.resolve("report.json"), JsonReport.of(report));
        write(dir.resolve("report.html"), HtmlReport.of(report));
    }

    /** The token in a schedule file: its first line that is not blank or a comment. */
    public static String readToken(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                    .orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schedule file " + file + ": " + e.getMessage(), e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
