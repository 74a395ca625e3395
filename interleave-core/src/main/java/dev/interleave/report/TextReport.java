package dev.interleave.report;

import dev.interleave.BlockedTask;
import dev.interleave.Failure;
import dev.interleave.RunResult;
import java.util.List;

/** A failed execution as text for a person: what failed, where, and what the program printed. */
public final class TextReport {

    private static final int OUTPUT_TAIL = 20;
    private static final int TRACE_TAIL = 30;

    private TextReport() {
    }

    public static String failure(RunResult result, List<String> command) {
        if (!(result.verdict() instanceof Failure failure)) {
            throw new IllegalArgumentException("the run passed");
        }
        StringBuilder text = new StringBuilder();
        text.append("FAILURE: ").append(failure.summary()).append('\n');
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
        var steps = result.trace().steps();
        text.append("\nLast steps (").append(steps.size()).append(" in all):\n");
        for (var step : steps.subList(Math.max(0, steps.size() - TRACE_TAIL), steps.size())) {
            text.append("  ").append(step).append('\n');
        }
        List<String> output = result.output();
        text.append("\nProgram output (last ").append(Math.min(OUTPUT_TAIL, output.size())).append(" lines):\n");
        for (String line : output.subList(Math.max(0, output.size() - OUTPUT_TAIL), output.size())) {
            text.append("  | ").append(line).append('\n');
        }
        text.append("\nRun it again: ").append(String.join(" ", command)).append('\n');
        return text.toString();
    }

    private static void appendThrowable(StringBuilder text, Throwable error) {
        text.append(error).append('\n');
        appendFrames(text, List.of(error.getStackTrace()));
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
