package dev.interleave.internal.report;

import dev.interleave.BlockedTask;
import dev.interleave.DataRace;
import dev.interleave.Event;
import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.TaskStack;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Found;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure report as JSON; the schema is in docs/report-format.md (format 2). */
public final class JsonReport {

    /** 2: rows of typed events (see {@link TraceRows}) in place of format 1's steps. */
    public static final int FORMAT = 2;

    private JsonReport() {
    }

    public static String of(FailureReport report) {
        RunResult replay = report.replay();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("target", report.schedule().target());
        root.put("mode", report.schedule().mode());
        root.put("failure", failure(report.failure()));
        root.put("schedule", Map.of("token", report.schedule().token(), "decisions", report.schedule().size()));
        Found found = report.found();
        if (found != null) {
            Map<String, Object> how = new LinkedHashMap<>();
            how.put("execution", found.execution());
            how.put("token", found.schedule().token());
            how.put("decisions", found.schedule().size());
            how.put("delays", found.delays());
            how.put("shrunkDecisions", found.shrunk().size());
            how.put("shrunkDelays", found.shrunkDelays());
            how.put("shrinkRuns", found.shrinkRuns());
            how.put("shrinkBudgetReached", found.shrinkBudgetReached());
            how.put("shrinkMillis", found.shrinkNanos() / 1_000_000);
            if (found.notReplayed() != null) {
                how.put("notReplayed", found.notReplayed());
            }
            root.put("found", how);
        }
        Exploration exploration = report.exploration();
        if (exploration != null) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("strategy", exploration.strategy());
            summary.put("mode", exploration.mode());
            summary.put("seed", exploration.seed());
            summary.put("shard", ResultJson.shard(exploration.shard()));
            summary.put("schedulesRun", exploration.schedulesRun());
            summary.put("exhausted", exploration.exhausted());
            summary.putAll(exploration.search().figures());
            summary.put("elapsedMillis", exploration.elapsedNanos() / 1_000_000);
            summary.put("timeLimitReached", exploration.timeLimitReached());
            summary.put("dataRaces", races(exploration.races()));
            root.put("exploration", summary);
        }
        if (report.scenario() != null) {
            root.put("scenario", scenario(report.scenario()));
        }
        root.put("stepsInAll", replay.trace().size());
        root.put("stepsOmitted", ShownSteps.omitted(replay.trace().steps()));
        root.put("rows", rows(replay.trace().steps()));
        List<Object> stacks = new ArrayList<>();
        for (TaskStack stack : replay.stacksAtFailure()) {
            stacks.add(Map.of("task", stack.task(), "frames", frames(stack.frames())));
        }
        root.put("stacks", stacks);
        root.put("dataRaces", races(replay.races()));
        root.put("output", replay.output());
        root.put("replay", report.replayCommand());
        return Json.write(root);
    }

    /** The trace as rows (see {@link TraceRows}), of the steps a report shows (see {@link ShownSteps}). */
    private static List<Object> rows(List<Step> steps) {
        List<Object> rows = new ArrayList<>();
        for (TraceRows.Row row : TraceRows.of(ShownSteps.of(steps))) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("index", row.firstStep());
            r.put("lastIndex", row.lastStep());
            r.put("taskId", row.taskId());
            r.put("task", row.task());
            r.put("kind", row.kind().name());
            r.put("location", row.location());
            List<Object> events = new ArrayList<>();
            for (TraceRows.Line line : row.events()) {
                Map<String, Object> e = event(line.event());
                e.put("count", line.count());
                events.add(e);
            }
            r.put("events", events);
            r.put("spins", row.spins());
            r.put("before", row.before() == null ? null : event(row.before()));
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> event(Event event) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", event.kind().name());
        e.put("object", event.object());
        e.put("field", event.field());
        e.put("value", event.value());
        e.put("location", event.location());
        e.put("text", event.text());
        return e;
    }

    /** A linearizability test's scenario (see docs/report-format.md). */
    private static Map<String, Object> scenario(ScenarioReport scenario) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", scenario.kind());
        map.put("lines", scenario.scenario());
        map.put("generated", scenario.generated());
        List<Object> operations = new ArrayList<>();
        for (ScenarioReport.Operation op : scenario.operations()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("thread", op.thread());
            o.put("call", op.call());
            o.put("result", op.result());
            o.put("allowed", op.allowed());
            o.put("called", op.called());
            o.put("returned", op.returned());
            operations.add(o);
        }
        map.put("operations", operations);
        ScenarioReport.Shrink shrink = scenario.shrink();
        if (shrink != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("fromThreads", shrink.fromThreads());
            s.put("fromOperations", shrink.fromOperations());
            s.put("threads", shrink.threads());
            s.put("operations", shrink.operations());
            s.put("candidates", shrink.candidates());
            s.put("millis", shrink.millis());
            s.put("budgetReached", shrink.budgetReached());
            s.put("text", shrink.text());
            map.put("shrink", s);
        }
        map.put("key", scenario.key());
        return map;
    }

    private static List<Object> races(List<DataRace> races) {
        List<Object> list = new ArrayList<>();
        for (DataRace race : races) {
            list.add(RaceJson.of(race));
        }
        return list;
    }

    private static Map<String, Object> failure(Failure failure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("summary", failure.summary());
        switch (failure) {
            case Failure.UncaughtException e -> {
                map.put("kind", "uncaught-exception");
                map.put("task", e.task());
                map.put("exception", e.error().getClass().getName());
                map.put("message", e.error().getMessage());
                map.put("frames", frames(ProgramFrames.of(e.error())));
            }
            case Failure.NonZeroExit e -> {
                map.put("kind", "exit");
                map.put("task", e.task());
                map.put("status", e.status());
                map.put("frames", frames(e.stack()));
            }
            case Failure.Deadlock d -> {
                map.put("kind", "deadlock");
                List<Object> blocked = new ArrayList<>();
                for (BlockedTask t : d.tasks()) {
                    Map<String, Object> b = new LinkedHashMap<>();
                    b.put("task", t.task());
                    b.put("waitsFor", t.waitsFor());
                    b.put("heldBy", t.heldBy());
                    b.put("frames", frames(t.stack()));
                    blocked.add(b);
                }
                map.put("blocked", blocked);
            }
            case Failure.LimitExceeded e -> {
                map.put("kind", "limit");
                map.put("task", e.task());
                map.put("limitKind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
                map.put("limit", e.limit());
                map.put("frames", frames(e.stack()));
            }
            case Failure.PinnedBlocking e -> {
                map.put("kind", "pinned");
                map.put("task", e.task());
                map.put("frames", frames(e.stack()));
            }
        }
        return map;
    }

    private static List<String> frames(List<StackTraceElement> frames) {
        return frames.stream().map(StackTraceElement::toString).toList();
    }
}
