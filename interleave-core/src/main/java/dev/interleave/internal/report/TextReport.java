package dev.interleave.internal.report;

import dev.interleave.BlockedTask;
import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.TaskStack;
import dev.interleave.explore.ExplorationSummary;
import dev.interleave.explore.Found;
import java.util.List;

/** A failure as text for a person: what failed, the interleaving step by step, stacks, output, replay. */
public final class TextReport {

    private static final int OUTPUT_TAIL = 20;
    private static final int TRACE_TAIL = 30;
    /** The width of a trace's event column. */
    private static final int EVENT_WIDTH = 34;

    private TextReport() {
    }

    /** The report of one failing run (the {@code run} command): the last steps only. */
    public static String failure(RunResult result, String command) {
        Failure failure = (Failure) result.verdict();
        StringBuilder text = new StringBuilder();
        text.append("FAILURE: ").append(failure.summary()).append('\n');
        appendDetails(text, failure);
        List<Step> steps = result.trace().steps();
        text.append("\nLast steps (").append(steps.size()).append(" in all):\n");
        appendSteps(text, steps.subList(Math.max(0, steps.size() - TRACE_TAIL), steps.size()));
        appendOutput(text, result.output(), OUTPUT_TAIL);
        text.append("\nRun it again: ").append(command).append('\n');
        return text.toString();
    }

    /** The full report of a failing schedule: every step, every task's stack, all output. */
    public static String of(FailureReport report) {
        Failure failure = report.failure();
        RunResult replay = report.replay();
        StringBuilder text = new StringBuilder();
        text.append("FAILURE: ").append(failure.summary()).append('\n');
        appendDetails(text, failure);
        text.append("\nSchedule: ").append(report.schedule().token()).append("  (").append(report.schedule().size())
                .append(" decisions)\n");
        Found found = report.found();
        if (found != null) {
            text.append("Found at execution ").append(found.execution() + 1).append(" of ")
                    .append(report.exploration().schedulesRun()).append(" (").append(ExplorationSummary.settings(report.exploration()))
                    .append(report.exploration().search().details())
                    .append(found.shrinkRuns() == 0 ? "); not shrunk: " + found.schedule().size() + " decisions and "
                            + found.delays() + " delays\n"
                            : "); shrunk from " + found.schedule().size() + " decisions and " + found.delays()
                            + " delays to " + found.shrunk().size() + " and " + found.shrunkDelays() + " in "
                            + found.shrinkRuns() + " runs (" + String.format("%.2f s", found.shrinkNanos() / 1e9) + ")"
                            + (found.shrinkBudgetReached()
                                    ? ", stopped by the shrink budget (--shrink-time)" : "") + "\n");
            if (found.notReplayed() != null) {
                text.append("Not replayed: ").append(found.notReplayed()).append('\n');
            }
        }
        if (report.scenario() != null) {
            appendScenario(text, report.scenario());
        }
        text.append("\nInterleaving (").append(replay.trace().size())
                .append(" steps; a row is a task's run between two switches, its events in the order they took effect):\n");
        appendSteps(text, replay.trace().steps());
        // Tasks that had ended have no frames; with none left the heading would stand alone.
        if (replay.stacksAtFailure().stream().anyMatch(stack -> !stack.frames().isEmpty())) {
            text.append("\nStacks at the failure:\n");
            for (TaskStack stack : replay.stacksAtFailure()) {
                if (stack.frames().isEmpty()) {
                    continue;
                }
                text.append("  ").append(stack.task()).append(":\n");
                appendFrames(text, stack.frames());
            }
        }
        if (!replay.races().isEmpty()) {
            text.append("\nData races in this run (unordered conflicting accesses):\n");
            replay.races().forEach(race -> text.append("  ").append(race).append('\n'));
        }
        appendOutput(text, replay.output(), Integer.MAX_VALUE);
        text.append("\nReplay: ").append(report.replayCommand()).append('\n');
        return text.toString();
    }

    /** A linearizability test's scenario: how it was shrunk, the scenario, the one generated, the key. */
    private static void appendScenario(StringBuilder text, ScenarioReport scenario) {
        text.append("\nScenario (").append(scenario.kind()).append(")")
                .append(scenario.shrink() == null ? ", not shrunk" : ", " + scenario.shrink().text()).append(":\n");
        scenario.scenario().forEach(line -> text.append("  ").append(line).append('\n'));
        if (!scenario.generated().equals(scenario.scenario())) {
            text.append("As generated:\n");
            scenario.generated().forEach(line -> text.append("  ").append(line).append('\n'));
        }
        List<ScenarioReport.Operation> wrong = scenario.operations().stream().filter(ScenarioReport.Operation::wrong)
                .toList();
        if (!wrong.isEmpty()) {
            text.append("Results against a sequential order (every other operation as seen):\n");
            wrong.forEach(op -> text.append("  ").append(op.thread()).append(' ').append(op.call()).append(" returned ")
                    .append(op.result()).append("; a sequential order allows ").append(String.join(" or ", op.allowed()))
                    .append('\n'));
        }
        text.append("Replay key: ").append(scenario.key()).append('\n');
    }

    private static void appendDetails(StringBuilder text, Failure failure) {
        switch (failure) {
            case Failure.UncaughtException e -> appendThrowable(text, e.error());
            case Failure.NonZeroExit e -> appendStack(text, e.task(), e.stack());
            case Failure.LimitExceeded e -> appendStack(text, e.task(), e.stack());
            case Failure.PinnedBlocking e -> appendStack(text, e.task(), e.stack());
            case Failure.Deadlock d -> {
                for (BlockedTask task : d.tasks()) {
                    text.append("\n").append(task.task()).append(" waits for ").append(task.waitsFor());
                    if (task.heldBy() != null) {
                        text.append(", held by ").append(task.heldBy());
                    }
                    text.append('\n');
                    appendFrames(text, task.stack());
                }
            }
        }
    }

    /**
     * The steps as rows (see {@link TraceRows}): each row one task's run between two switches, its
     * events in the order they took effect, then what the task stopped before, if anything.
     */
    private static void appendSteps(StringBuilder text, List<Step> all) {
        List<Step> shown = ShownSteps.of(all);
        int gapAt = shown.size() < all.size() ? shown.get(ShownSteps.HEAD).index() : Integer.MAX_VALUE;
        for (TraceRows.Row row : TraceRows.of(shown)) {
            if (row.firstStep() >= gapAt) {
                text.append(String.format("  ... %d steps omitted ...%n", ShownSteps.omitted(all)));
                gapAt = Integer.MAX_VALUE;
            }
            appendRow(text, row);
        }
    }

    /**
     * The interleaving in brief, for a test's failure message: its rows (see {@link TraceRows}), or
     * for more than {@code most} its first three and its last, where the failure is.
     */
    public static String brief(List<Step> steps, int most) {
        List<TraceRows.Row> rows = TraceRows.of(ShownSteps.of(steps));
        StringBuilder text = new StringBuilder();
        int head = Math.min(3, most);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.size() > most && i == head) {
                text.append(String.format("  ... %d more rows in report.txt ...%n", rows.size() - most));
                i = rows.size() - (most - head);
            }
            appendRow(text, rows.get(i));
        }
        return text.toString();
    }

    private static void appendRow(StringBuilder text, TraceRows.Row row) {
        String steps = row.firstStep() == row.lastStep() ? Integer.toString(row.firstStep())
                : row.firstStep() + "-" + row.lastStep();
        String lead = String.format("  %-9s %-12s ", steps, row.task());
        String indent = " ".repeat(lead.length());
        boolean first = true;
        for (TraceRows.Line line : row.events()) {
            String count = line.count() > 1 ? "  (x" + line.count() + ")" : "";
            appendEvent(text, first ? lead : indent, line.event().text() + count, line.event().location());
            first = false;
        }
        if (row.spins() > 0) {
            text.append(indent).append("(then yielded there ").append(row.spins())
                    .append(row.spins() == 1 ? " more time" : " more times").append(" while others ran)\n");
        }
        if (row.before() != null) {
            appendEvent(text, first ? lead : indent, "| switch before " + row.before().text(), row.before().location());
        }
    }

    private static void appendEvent(StringBuilder text, String lead, String what, String location) {
        text.append(lead);
        if (location.isEmpty()) {
            text.append(what);
        } else {
            // Events in a column, their lines in another, as far as the events' lengths allow.
            text.append(String.format("%-" + EVENT_WIDTH + "s", what)).append("  at ").append(location);
        }
        text.append('\n');
    }

    private static void appendOutput(StringBuilder text, List<String> output, int tail) {
        int shown = Math.min(tail, output.size());
        text.append("\nProgram output (").append(shown == output.size() ? "all " : "last ").append(shown)
                .append(shown == 1 ? " line" : " lines").append("):\n");
        for (String line : output.subList(output.size() - shown, output.size())) {
            text.append("  | ").append(line).append('\n');
        }
    }

    private static void appendThrowable(StringBuilder text, Throwable error) {
        text.append(error).append('\n');
        appendFrames(text, ProgramFrames.of(error));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("Caused by: ").append(cause).append('\n');
            appendFrames(text, ProgramFrames.of(cause));
        }
    }

    private static void appendStack(StringBuilder text, String task, List<StackTraceElement> stack) {
        text.append("stack of ").append(task).append(":\n");
        appendFrames(text, stack);
    }

    private static void appendFrames(StringBuilder text, List<StackTraceElement> frames) {
        for (StackTraceElement frame : frames) {
            text.append("    at ").append(frame).append('\n');
        }
    }
}
