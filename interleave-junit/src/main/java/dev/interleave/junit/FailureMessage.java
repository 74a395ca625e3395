package dev.interleave.junit;

import dev.interleave.DataRace;
import dev.interleave.Failure;
import dev.interleave.Step;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExplorationSummary;
import dev.interleave.explore.Found;
import dev.interleave.internal.report.TextReport;
import dev.interleave.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;

/**
 * The message of a failed {@code @InterleaveTest}, in jqwik's shape: what failed, the shrunk
 * interleaving in brief, and how to replay exactly that schedule.
 */
final class FailureMessage {

    /** Rows shown in full; a longer interleaving shows its start and its end. */
    private static final int BRIEF = 12;
    /** Frames shown of a task that a limit stopped. */
    private static final int STACK_FRAMES = 8;

    private FailureMessage() {
    }

    static String explored(String target, Exploration exploration, Found found, Path reports) {
        StringBuilder text = new StringBuilder();
        text.append("Interleave found a failure at schedule ").append(found.execution() + 1).append(" of ")
                .append(exploration.schedulesRun()).append(" (").append(ExplorationSummary.settings(exploration)).append("):\n");
        appendFailure(text, found.failure());
        text.append(found.shrinkRuns() == 0 ? "Interleaving, not shrunk: " : "Interleaving, shrunk to ")
                .append(found.shrunk().size()).append(" decisions and ")
                .append(found.shrunkDelays()).append(found.shrunkDelays() == 1 ? " delay" : " delays")
                .append(":\n");
        appendSteps(text, found.replay().trace().steps());
        if (found.notReplayed() != null) {
            text.append("Not replayed: ").append(found.notReplayed()).append('\n');
        }
        appendReplay(text, target, found.shrunk(), reports);
        return text.toString();
    }

    static String replayed(String target, Schedule schedule, String source, Failure failure, List<Step> steps,
                           Path reports) {
        StringBuilder text = new StringBuilder();
        text.append("Interleave replayed schedule ").append(schedule.token()).append(" (from ").append(source)
                .append(") and it fails:\n");
        appendFailure(text, failure);
        text.append("Interleaving:\n");
        appendSteps(text, steps);
        appendReplay(text, target, schedule, reports);
        return text.toString();
    }

    /** A pass with data races, under {@code failOnDataRace}: each race, with its two accesses. */
    static String dataRaces(String target, List<DataRace> races) {
        StringBuilder text = new StringBuilder("Interleave saw ").append(races.size())
                .append(races.size() == 1 ? " data race" : " data races")
                .append(" (unordered conflicting accesses) in ").append(target)
                .append(", which passed otherwise; failOnDataRace makes that a failure:\n");
        races.forEach(race -> text.append("  DATA RACE: ").append(race).append('\n'));
        text.append("Order the accesses (a lock, a volatile, an atomic), or set failOnDataRace = false");
        return text.toString();
    }

    private static void appendFailure(StringBuilder text, Failure failure) {
        text.append("  ").append(failure.summary()).append('\n');
        // Where a task was when a limit stopped it: the place to look (an exception is the cause).
        List<StackTraceElement> stack = switch (failure) {
            case Failure.LimitExceeded limit -> limit.stack();
            case Failure.PinnedBlocking pinned -> pinned.stack();
            default -> List.of();
        };
        stack.stream().limit(STACK_FRAMES).forEach(frame -> text.append("      at ").append(frame).append('\n'));
    }

    /** The interleaving's rows, as report.txt shows them (see {@link TextReport#brief}). */
    static void appendSteps(StringBuilder text, List<Step> steps) {
        text.append(TextReport.brief(steps, BRIEF));
    }

    private static void appendReplay(StringBuilder text, String target, Schedule schedule, Path reports) {
        String token = schedule.token();
        text.append("Replay exactly this schedule (to step through it in a debugger):\n")
                .append("  @InterleaveTest(replay = \"").append(token).append("\")\n")
                .append("  or run only this test with -D").append(Settings.REPLAY_PROPERTY).append('=').append(token)
                .append("  (Maven: ").append(mavenCommand(target, token)).append(")\n");
        text.append("Reports: ").append(reports.toAbsolutePath()).append(" (schedule.txt, report.txt, report.json, report.html)");
    }

    /** {@code mvn test -Dtest=Simple#method -Dinterleave.replay=TOKEN}: Surefire matches the simple class name. */
    static String mavenCommand(String target, String token) {
        int hash = target.indexOf('#');
        String type = target.substring(0, hash);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return "mvn test -Dtest='" + simple + target.substring(hash) + "' -D" + Settings.REPLAY_PROPERTY + "=" + token;
    }
}
