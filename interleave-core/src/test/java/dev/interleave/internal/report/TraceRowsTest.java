package dev.interleave.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.interleave.Event;
import dev.interleave.PointKind;
import dev.interleave.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows: a task's run between two switches, noise folded with a count, nothing moved out of order. */
class TraceRowsTest {

    private static final Event YIELD = Event.of(Event.Kind.YIELD, "Spin.run(Spin.java:9)");
    private static final Event READ = new Event(Event.Kind.READ, "", "Spin.flag", "false", "Spin.run(Spin.java:8)");

    private static Step step(int index, int task, PointKind kind, Event point, List<Event> events) {
        return new Step(index, task, "t" + task, kind, point, events, false);
    }

    private static Step yielded(int index, int task, Event... events) {
        return step(index, task, PointKind.YIELD, YIELD, List.of(events));
    }

    @Test
    void contiguousStepsOfOneTaskAreOneRowAndAStopBeforeAnActionEndsIt() {
        Event before = new Event(Event.Kind.WRITE, "", "Spin.flag", null, "Spin.run(Spin.java:10)");
        List<TraceRows.Row> rows = TraceRows.of(List.of(
                yielded(0, 0, READ, YIELD),
                step(1, 0, PointKind.ACCESS, before, List.of(READ)),
                yielded(2, 1, YIELD)));
        assertEquals(2, rows.size());
        assertEquals(0, rows.getFirst().firstStep());
        assertEquals(1, rows.getFirst().lastStep());
        assertEquals(List.of(new TraceRows.Line(READ, 1), new TraceRows.Line(YIELD, 1), new TraceRows.Line(READ, 1)),
                rows.getFirst().events());
        assertEquals(before, rows.getFirst().before());
        assertNull(rows.get(1).before());
    }

    @Test
    void identicalEventsInARowFoldIntoOneWithACount() {
        List<TraceRows.Row> rows = TraceRows.of(List.of(yielded(0, 0, READ, READ, READ, YIELD)));
        assertEquals(List.of(new TraceRows.Line(READ, 3), new TraceRows.Line(YIELD, 1)), rows.getFirst().events());
    }

    @Test
    void aTaskThatOnlyYieldsWhereItYieldedLastFoldsIntoItsPreviousRow() {
        Event write = new Event(Event.Kind.WRITE, "", "Spin.flag", "true", "Main.main(Main.java:5)");
        List<TraceRows.Row> rows = TraceRows.of(List.of(
                yielded(0, 1, READ, YIELD),
                yielded(1, 0, write, YIELD),
                yielded(2, 1, YIELD),
                yielded(3, 0, write, YIELD),
                yielded(4, 1, YIELD),
                yielded(5, 1, READ, YIELD)));
        // The spinning task's lone yield at step 2 folds into its first row; steps 4 and 5 are one row, not a spin.
        assertEquals(List.of(0, 1, 3, 4), rows.stream().map(TraceRows.Row::firstStep).toList());
        assertEquals(1, rows.getFirst().spins());
        assertEquals(0, rows.get(1).spins());
    }

    @Test
    void aRowOfOnlyInterleavesOwnBookkeepingIsLeftOut() {
        Event internal = new Event(Event.Kind.UNLOCK, "ReentrantLock#2", "ReentrantLock.unlock", null, "Main.main(Main.java:5)");
        List<TraceRows.Row> rows = TraceRows.of(List.of(
                yielded(0, 1, READ, YIELD),
                new Step(1, 0, "t0", PointKind.SYNC, internal, List.of(), true),
                yielded(2, 1, READ, YIELD)));
        assertEquals(List.of(0, 2), rows.stream().map(TraceRows.Row::firstStep).toList());
    }
}
