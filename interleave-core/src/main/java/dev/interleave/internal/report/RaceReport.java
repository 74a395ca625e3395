package dev.interleave.internal.report;

import dev.interleave.DataRace;
import dev.interleave.explore.Exploration;
import dev.interleave.schedule.Schedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report of an exploration that found no failure but data races: each race with both
 * accesses' stacks (see {@link dev.interleave.explore.RaceStacks}) and the command that replays
 * an execution that had it, so that a race can be read without a failure, in text, JSON and HTML.
 */
public final class RaceReport {

    private RaceReport() {
    }

    /** Writes report.txt, report.json and report.html to {@code dir}; {@code replay} is the command that replays a schedule. */
    public static void write(Path dir, Exploration exploration, String target, List<DataRace> races,
                             Function<Schedule, String> replay) {
        String json = json(exploration, target, races, replay);
        ReportWriter.write(dir.resolve("report.txt"), text(exploration, target, races, replay));
        ReportWriter.write(dir.resolve("report.json"), json);
        // The same page as a failure's, drawn as a pass's: its races, without an interleaving.
        ReportWriter.write(dir.resolve("report.html"), HtmlReport.page(json));
    }

    static String text(Exploration exploration, String target, List<DataRace> races, Function<Schedule, String> replay) {
        StringBuilder text = new StringBuilder();
        text.append("PASS with data races: no failure in ").append(exploration.schedulesRun()).append(" schedules of ")
                .append(target).append(" (strategy ").append(exploration.strategy()).append(", seed ")
                .append(exploration.seed()).append(", mode ").append(exploration.mode()).append(")\n");
        text.append("\n").append(races.size()).append(races.size() == 1 ? " data race" : " data races")
                .append(" (accesses by two tasks, one a write, that no synchronization orders):\n");
        int n = 0;
        for (DataRace race : races) {
            text.append("\n").append(++n).append(". ").append(race.location()).append('\n');
            appendAccess(text, race.first());
            appendAccess(text, race.second());
            if (race.schedule() != null) {
                text.append("   seen in: ").append(replay.apply(schedule(exploration, target, race))).append('\n');
            }
        }
        return text.toString();
    }

    private static void appendAccess(StringBuilder text, DataRace.Access access) {
        text.append("   ").append(access).append('\n');
        for (StackTraceElement frame : access.stack()) {
            text.append("       at ").append(frame).append('\n');
        }
    }

    static String json(Exploration exploration, String target, List<DataRace> races, Function<Schedule, String> replay) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT);
        root.put("target", target);
        root.put("mode", exploration.mode());
        root.put("verdict", "pass");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("strategy", exploration.strategy());
        summary.put("seed", exploration.seed());
        summary.put("shard", ResultJson.shard(exploration.shard()));
        summary.put("schedulesRun", exploration.schedulesRun());
        summary.put("exhausted", exploration.exhausted());
        summary.put("elapsedMillis", exploration.elapsedNanos() / 1_000_000);
        summary.put("timeLimitReached", exploration.timeLimitReached());
        root.put("exploration", summary);
        List<Object> list = new ArrayList<>();
        for (DataRace race : races) {
            Map<String, Object> r = RaceJson.of(race);
            r.put("firstStack", frames(race.first().stack()));
            r.put("secondStack", frames(race.second().stack()));
            if (race.schedule() != null) {
                Schedule schedule = schedule(exploration, target, race);
                r.put("schedule", schedule.token());
                r.put("replay", replay.apply(schedule));
            }
            list.add(r);
        }
        root.put("dataRaces", list);
        return Json.write(root);
    }

    private static Schedule schedule(Exploration exploration, String target, DataRace race) {
        return new Schedule(target, exploration.mode(), race.schedule());
    }

    private static List<String> frames(List<StackTraceElement> frames) {
        return frames.stream().map(StackTraceElement::toString).toList();
    }
}
