package dev.interleave.linearizability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pieces of a shrunk, explained report on hand-made values: a shape names a scenario made of a
 * generated one's operations, and a key carries it; the results a sequential order allows point at
 * the wrong result; a pending operation is judged blocked or not by the model.
 */
class ScenarioReportingTest {

    /** A queue whose take blocks when empty (the model side of a blocking queue): {@link Result.Blocks}. */
    private record BlockingQueueModel() implements SequentialSpec {
        @Override
        public Object fresh() {
            return new ArrayDeque<Integer>();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Result apply(Object state, Invocation invocation) {
            ArrayDeque<Integer> queue = (ArrayDeque<Integer>) state;
            return switch (invocation.operation()) {
                case "put" -> {
                    queue.offer((Integer) invocation.arguments().getFirst());
                    yield Result.returned(null);
                }
                case "take" -> queue.isEmpty() ? new Result.Blocks() : Result.returned(queue.poll());
                case "poll" -> Result.returned(queue.poll());
                default -> throw new IllegalArgumentException(invocation.operation());
            };
        }

        @Override
        public Object key(Object state) {
            return List.copyOf((ArrayDeque<?>) state);
        }
    }

    private static HistoryEntry op(int thread, long called, long returned, String operation, Object result, Object... args) {
        return new HistoryEntry(thread, Invocation.of(operation, args), Result.returned(result), called, returned);
    }

    @Test
    void aShapeKeepsTheOperationsItNamesWhereItPutsThem() {
        Scenario generated = new Scenario(List.of(Invocation.of("a")),
                List.of(List.of(Invocation.of("b"), Invocation.of("c")), List.of(Invocation.of("d"))),
                List.of(Invocation.of("e")));
        assertEquals("0:1,2.3:4", ScenarioShape.whole(generated).toString());
        ScenarioShape shape = ScenarioShape.parse(":2.3:1");
        assertEquals(":2.3:1", shape.toString());
        Scenario shrunk = shape.apply(generated);
        assertEquals(List.of(), shrunk.initial());
        assertEquals(List.of(List.of(Invocation.of("c")), List.of(Invocation.of("d"))), shrunk.parallel());
        assertEquals(List.of(Invocation.of("b")), shrunk.finale());
        assertThrows(IllegalArgumentException.class, () -> ScenarioShape.parse(":9:").apply(generated));
        assertThrows(IllegalArgumentException.class, () -> ScenarioShape.parse("0::"), "a shape has a thread");
    }

    @Test
    void aKeyCarriesItsShapeWhenTheScenarioWasShrunk() {
        ReplayKey plain = ReplayKey.parse("42/1/il1.p00ba.AQEC");
        assertNull(plain.shape());
        assertEquals("42/1/il1.p00ba.AQEC", plain.toString());
        ReplayKey shrunk = ReplayKey.parse("-3/7/1:4.7:/il1.p2c8d.AQIBAgEC");
        assertEquals(-3, shrunk.seed());
        assertEquals(7, shrunk.scenario());
        assertEquals("1:4.7:", shrunk.shape().toString());
        assertEquals("il1.p2c8d.AQIBAgEC", shrunk.token());
        assertEquals("-3/7/1:4.7:/il1.p2c8d.AQIBAgEC", shrunk.toString());
        assertThrows(IllegalArgumentException.class, () -> ReplayKey.parse("1/2/3/4/5"));
    }

    @Test
    void theResultsASequentialOrderAllowsPointAtTheWrongOne() throws Exception {
        // put(1) returned before both polls were called; they overlap, and both returned 1.
        List<HistoryEntry> history = List.of(op(-1, 1, 2, "put", null, 1), op(0, 3, 5, "poll", 1), op(1, 4, 6, "poll", 1));
        assertFalse(LinearizabilityChecker.check(history, new BlockingQueueModel()).linearizable());
        List<Set<Result>> allowed = AllowedResults.of(history, new BlockingQueueModel());
        assertEquals(Set.of(), allowed.get(0), "no other result of the put makes the polls right");
        assertEquals(Set.of(Result.returned(null)), allowed.get(1));
        assertEquals(Set.of(Result.returned(null)), allowed.get(2));
    }

    @Test
    void aPendingTakeIsExplainedOnlyWhenEveryOrderOfTheOthersLeavesItBlocked() throws Exception {
        // A take that never returned beside a put that did: the put came first in any order, so the take could have taken.
        List<HistoryEntry> lostWakeUp = List.of(op(1, 2, 3, "put", null, 1), HistoryEntry.pending(0, Invocation.of("take"), 1));
        assertFalse(LinearizabilityChecker.explainsHang(lostWakeUp, new BlockingQueueModel()).linearizable());
        assertTrue(LinearizabilityChecker.check(lostWakeUp, new BlockingQueueModel()).linearizable(),
                "the results of what completed are explained: the hang is the failure");
        // Two takes, one put: one take got the element, the other waits, as it would in any order.
        List<HistoryEntry> oneLeft = List.of(op(1, 2, 3, "put", null, 1), op(0, 1, 4, "take", 1),
                HistoryEntry.pending(2, Invocation.of("take"), 5));
        assertTrue(LinearizabilityChecker.explainsHang(oneLeft, new BlockingQueueModel()).linearizable());
    }
}
