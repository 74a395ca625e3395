package dev.interleave.linearizability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The checker on hand-made histories of a FIFO queue, linearizable and not, where real-time order,
 * overlap and exceptions decide. Every case runs with and without a state key: the memo may only
 * make the search faster, never change its answer.
 */
class LinearizabilityCheckerTest {

    /** A sequential FIFO queue: offer, poll (null when empty), remove (throws when empty). */
    private record QueueModel(boolean keyed) implements SequentialSpec {
        @Override
        public Object fresh() {
            return new ArrayDeque<Integer>();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Result apply(Object state, Invocation invocation) {
            ArrayDeque<Integer> queue = (ArrayDeque<Integer>) state;
            return switch (invocation.operation()) {
                case "offer" -> Result.returned(queue.offer((Integer) invocation.arguments().getFirst()));
                case "poll" -> Result.returned(queue.poll());
                case "remove" -> {
                    try {
                        yield Result.returned(queue.remove());
                    } catch (NoSuchElementException e) {
                        yield Result.threw(e.getClass());
                    }
                }
                default -> throw new IllegalArgumentException(invocation.operation());
            };
        }

        @Override
        public Object key(Object state) {
            return keyed ? List.copyOf((ArrayDeque<?>) state) : null;
        }
    }

    private static HistoryEntry op(int thread, long called, long returned, String operation, Object result, Object... args) {
        return new HistoryEntry(thread, Invocation.of(operation, args), Result.returned(result), called, returned);
    }

    private static boolean linearizable(HistoryEntry... history) throws Exception {
        boolean keyed = LinearizabilityChecker.check(List.of(history), new QueueModel(true)).linearizable();
        boolean plain = LinearizabilityChecker.check(List.of(history), new QueueModel(false)).linearizable();
        assertEquals(keyed, plain, "the memo changed the answer");
        return keyed;
    }

    @Test
    void overlappingOperationsMayBeOrderedEitherWay() throws Exception {
        // t1's poll overlaps t0's offer: it may see the value (offer first)...
        assertTrue(linearizable(op(0, 1, 4, "offer", true, 7), op(1, 2, 3, "poll", 7)));
        // ... or not (poll first).
        assertTrue(linearizable(op(0, 1, 4, "offer", true, 7), op(1, 2, 3, "poll", null)));
    }

    @Test
    void anOperationThatReturnedBeforeAnotherWasCalledComesFirst() throws Exception {
        // The offer returned (tick 2) before the poll was called (tick 3): poll must see 7.
        assertFalse(linearizable(op(0, 1, 2, "offer", true, 7), op(1, 3, 4, "poll", null)));
        assertTrue(linearizable(op(0, 1, 2, "offer", true, 7), op(1, 3, 4, "poll", 7)));
    }

    @Test
    void fifoOrderIsCheckedAcrossThreads() throws Exception {
        // 1 then 2 offered one after the other; two overlapping polls may get them either way round...
        assertTrue(linearizable(op(-1, 1, 2, "offer", true, 1), op(-1, 3, 4, "offer", true, 2),
                op(0, 5, 8, "poll", 2), op(1, 6, 7, "poll", 1)));
        // ... but polls one after the other must get 1 first.
        assertFalse(linearizable(op(-1, 1, 2, "offer", true, 1), op(-1, 3, 4, "offer", true, 2),
                op(0, 5, 6, "poll", 2), op(1, 7, 8, "poll", 1)));
        // A value polled twice is no queue's.
        assertFalse(linearizable(op(-1, 1, 2, "offer", true, 1), op(0, 3, 6, "poll", 1), op(1, 4, 5, "poll", 1)));
    }

    @Test
    void exceptionsAreResults() throws Exception {
        HistoryEntry threw = new HistoryEntry(1, Invocation.of("remove"), Result.threw(NoSuchElementException.class), 2, 3);
        // remove threw while an offer overlapped it: the remove came first.
        assertTrue(linearizable(op(0, 1, 4, "offer", true, 5), threw));
        // remove threw after the offer had returned and nobody took the value: no order explains it.
        HistoryEntry late = new HistoryEntry(1, Invocation.of("remove"), Result.threw(NoSuchElementException.class), 3, 4);
        assertFalse(linearizable(op(0, 1, 2, "offer", true, 5), late));
        // The same result must be an exception: a value where the model throws is wrong.
        assertFalse(linearizable(op(1, 1, 2, "remove", null)));
    }

    @Test
    void theWitnessIsAnOrderThatRespectsRealTime() throws Exception {
        List<HistoryEntry> history = List.of(op(0, 1, 2, "offer", true, 1), op(1, 3, 6, "poll", 2),
                op(0, 4, 5, "offer", true, 2), op(0, 7, 8, "poll", null));
        // poll got 2 though 1 was offered first: wrong. Take out the first offer: then right, in one order only.
        assertFalse(LinearizabilityChecker.check(history, new QueueModel(true)).linearizable());
        List<HistoryEntry> fixed = new ArrayList<>(history.subList(1, 4));
        LinearizabilityChecker.Verdict verdict = LinearizabilityChecker.check(fixed, new QueueModel(true));
        assertTrue(verdict.linearizable());
        assertEquals(List.of(1, 0, 2), verdict.order());
    }

    @Test
    void theMemoPrunesRepeatedStates() throws Exception {
        // Six overlapping offers of one value lead to the same queue in any order: with the key, each
        // set of placed offers is searched once; without it, every order is. A final poll of a value
        // never offered makes the whole space fail, so both searches must go through all of it.
        List<HistoryEntry> history = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            history.add(op(t, 1 + t, 100 - t, "offer", true, 1));
        }
        history.add(op(-1, 200, 201, "poll", 9));
        long keyed = LinearizabilityChecker.check(history, new QueueModel(true)).statesTried();
        long plain = LinearizabilityChecker.check(history, new QueueModel(false)).statesTried();
        assertFalse(LinearizabilityChecker.check(history, new QueueModel(true)).linearizable());
        assertTrue(keyed * 10 < plain, keyed + " states with the key, " + plain + " without");
    }
}
