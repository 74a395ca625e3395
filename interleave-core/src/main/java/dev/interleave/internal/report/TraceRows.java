package dev.interleave.internal.report;

import dev.interleave.Event;
import dev.interleave.PointKind;
import dev.interleave.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows every report shows (text, JSON, HTML), so that they read alike: one row for each run of
 * one task between two switches of the scheduler, holding the events that took effect in it in
 * order, and how it gave up control. A row ends where the scheduler switched to another task: if
 * its task stopped before an action (a sync or preemptive point), that action is the row's {@code
 * before}, and it takes effect, with its value, in the task's next row.
 *
 * <p>Noise is folded, never hidden: identical events in a row fold into one with a count, and a
 * row in which a task only yielded again where it yielded last (a spin) folds into that task's
 * previous row, which counts it. A yield changes nothing another task can see, so a folded yield
 * moves no effect out of order. A row in which a task did only Interleave's own bookkeeping
 * ({@code TaskGroup}'s lock, see {@link Step#internal()}) is left out; its step numbers are skipped.
 */
final class TraceRows {

    /** An event as a row shows it: {@code count} identical events in a row. */
    record Line(Event event, int count) {
    }

    /**
     * Steps {@code firstStep} to {@code lastStep} of task {@code task}, one run between switches
     * (with the spins folded into it), ending in a step of {@code kind}.
     *
     * @param before the action the task stopped before, which happens in its next row; null when
     *               the row ends in a yield, block, exit or failure of its own
     * @param spins  how many later rows, each only a repeat of this row's final yield, were folded
     */
    record Row(int firstStep, int lastStep, int taskId, String task, PointKind kind, List<Line> events, Event before,
               int spins) {

        /** Where the row's task was when it gave up control: its last event's or its point's line. */
        String location() {
            if (before != null) {
                return before.location();
            }
            return events.isEmpty() ? "" : events.getLast().event().location();
        }
    }

    private TraceRows() {
    }

    /** The rows of {@code steps}, in order: steps a report leaves out (see {@link ShownSteps}) start a new row. */
    static List<Row> of(List<Step> steps) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, Integer> lastRowOfTask = new HashMap<>();
        Builder open = null;
        int previous = -1;
        for (Step step : steps) {
            if (previous >= 0 && step.index() != previous + 1) {
                lastRowOfTask.clear(); // steps left out (see ShownSteps): no spin folds across them
            }
            previous = step.index();
            boolean contiguous = open != null && open.taskId == step.taskId() && open.lastStep == step.index() - 1;
            if (!contiguous) {
                if (open != null) {
                    add(rows, lastRowOfTask, open.build());
                }
                open = new Builder(step);
            }
            open.add(step);
        }
        if (open != null) {
            add(rows, lastRowOfTask, open.build());
        }
        return rows;
    }

    /** Adds a row, or folds it into its task's last row when it only repeats that row's final yield. */
    private static void add(List<Row> rows, Map<Integer, Integer> lastRowOfTask, Row row) {
        if (row.events().isEmpty() && row.before() == null) {
            return; // only Interleave's own bookkeeping (TaskGroup's lock): its step numbers are skipped
        }
        Integer previous = lastRowOfTask.get(row.taskId());
        if (previous != null && spin(rows.get(previous), row)) {
            Row last = rows.get(previous);
            rows.set(previous, new Row(last.firstStep(), last.lastStep(), last.taskId(), last.task(), last.kind(),
                    last.events(), last.before(), last.spins() + 1));
            return;
        }
        lastRowOfTask.put(row.taskId(), rows.size());
        rows.add(row);
    }

    /** Whether {@code row} is one yield, the same yield at the same line that {@code previous} ended in. */
    private static boolean spin(Row previous, Row row) {
        if (row.before() != null || previous.before() != null || row.events().size() != 1 || previous.events().isEmpty()) {
            return false;
        }
        Line only = row.events().getFirst();
        return only.count() == 1 && only.event().kind() == Event.Kind.YIELD
                && only.event().equals(previous.events().getLast().event());
    }

    /** A row being gathered from contiguous steps of one task. */
    private static final class Builder {
        final int firstStep;
        final int taskId;
        final String task;
        int lastStep;
        PointKind kind;
        Event before;
        final List<Line> lines = new ArrayList<>();

        Builder(Step first) {
            this.firstStep = first.index();
            this.taskId = first.taskId();
            this.task = first.task();
        }

        void add(Step step) {
            lastStep = step.index();
            kind = step.kind();
            for (Event event : step.events()) {
                Line last = lines.isEmpty() ? null : lines.getLast();
                if (last != null && last.event().equals(event)) {
                    lines.set(lines.size() - 1, new Line(event, last.count() + 1));
                } else {
                    lines.add(new Line(event, 1));
                }
            }
            // A stop before an action: the action happens in the task's next step.
            // Interleave's own points (TaskGroup's lock) are left out: the row still ends in the switch.
            before = step.point().endsStep() || step.kind() == PointKind.STOPPED || step.internal() ? null : step.point();
        }

        Row build() {
            return new Row(firstStep, lastStep, taskId, task, kind, List.copyOf(lines), before, 0);
        }
    }
}
