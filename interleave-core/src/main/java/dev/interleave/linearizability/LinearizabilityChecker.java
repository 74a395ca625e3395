package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a history is linearizable (Herlihy and Wing): whether some sequential order of
 * its operations gives every operation the result it had, when every operation that returned
 * before another was called comes first. The search is Wing and Gong's, with Lowe's memo (as
 * porcupine uses it): depth first, it picks as the next operation of the order one that no other
 * pending operation precedes in real time, runs it on the model, and goes on only if the result
 * matches; a pair (operations placed, model state) that failed once is not searched again, when the
 * model's states can be compared ({@link SequentialSpec#key}).
 *
 * <p>An operation that never returned ({@link HistoryEntry#isPending}, after a hang) may be placed
 * anywhere after its call, with any result but {@link Result.Blocks}, or left out; a hang is explained
 * when some order of the others leaves every pending operation blocked on the model
 * ({@link #explainsHang}): one blocked for good has not returned, so it is placed nowhere.
 *
 * <p>Limits: at most 63 operations in a history (a scenario is small by design); without a state
 * key the search is exponential in the number of overlapping operations; results are compared with
 * {@code equals}, so a result type without a meaningful {@code equals} (arrays, iterators) makes
 * every history look wrong; a model whose operations depend on anything but its state and
 * arguments (time, identity hashes) answers inconsistently.
 */
public final class LinearizabilityChecker {

    /**
     * The answer. {@code order} is a witness when linearizable (indices into the history), else the
     * longest prefix of an order that the search could explain; {@code statesTried} counts the
     * operations run on the model.
     */
    public record Verdict(boolean linearizable, List<Integer> order, long statesTried) {
    }

    private final List<HistoryEntry> history;
    private final SequentialSpec spec;
    /** Whether an order must also leave every pending operation it did not place blocked. */
    private final boolean pendingMustBlock;
    private final int required;
    private final Set<Memo> failed = new HashSet<>();
    private final List<Integer> prefix = new ArrayList<>();
    private List<Integer> longest = List.of();
    private long tried;

    private record Memo(BitSet placed, Object state) {
    }

    private LinearizabilityChecker(List<HistoryEntry> history, SequentialSpec spec, boolean pendingMustBlock) {
        this.history = List.copyOf(history);
        this.spec = spec;
        this.pendingMustBlock = pendingMustBlock;
        this.required = (int) history.stream().filter(e -> !e.isPending()).count();
    }

    /** Whether some order explains the results of the operations that returned (pending ones may be left out). */
    public static Verdict check(List<HistoryEntry> history, SequentialSpec spec) throws Exception {
        return run(history, spec, false);
    }

    /**
     * Whether some order explains the results of the operations that returned and leaves each
     * pending operation it does not place blocked on the model: whether a hang is one a sequential
     * execution could have.
     */
    static Verdict explainsHang(List<HistoryEntry> history, SequentialSpec spec) throws Exception {
        return run(history, spec, true);
    }

    private static Verdict run(List<HistoryEntry> history, SequentialSpec spec, boolean pendingMustBlock)
            throws Exception {
        if (history.size() > 63) {
            throw new IllegalArgumentException("a history of " + history.size() + " operations is too long to check"
                    + " (at most 63): use fewer threads or operations");
        }
        LinearizabilityChecker checker = new LinearizabilityChecker(history, spec, pendingMustBlock);
        boolean found = checker.search(new BitSet(), spec.fresh());
        return new Verdict(found, found ? List.copyOf(checker.prefix) : checker.longest, checker.tried);
    }

    /** Whether the operations not in {@code placed} can follow, from {@code state} (which it may change). */
    private boolean search(BitSet placed, Object state) throws Exception {
        if (placedRequired(placed) == required && (!pendingMustBlock || restBlock(placed))) {
            return true;
        }
        if (prefix.size() > longest.size()) {
            longest = List.copyOf(prefix);
        }
        Object key = spec.key(state);
        Memo memo = key == null ? null : new Memo((BitSet) placed.clone(), key);
        if (memo != null && failed.contains(memo)) {
            return false;
        }
        long firstReturn = firstReturnAmongPending(placed);
        boolean stateUntouched = true;
        for (int i = placed.nextClearBit(0); i < history.size(); i = placed.nextClearBit(i + 1)) {
            HistoryEntry entry = history.get(i);
            // A pending operation that returned before this one was called must come first.
            if (entry.called() > firstReturn) {
                continue;
            }
            // Judging a hang, an operation still blocked has not taken effect: it must block at the end.
            if (pendingMustBlock && entry.isPending()) {
                continue;
            }
            // The first candidate runs on this state; the others on a state rebuilt from the prefix.
            Object here = stateUntouched ? state : rebuild();
            stateUntouched = false;
            tried++;
            Result result = spec.apply(here, entry.invocation());
            if (entry.isPending() ? result instanceof Result.Blocks : !result.equals(entry.result())) {
                continue;
            }
            placed.set(i);
            prefix.add(i);
            if (search(placed, here)) {
                return true;
            }
            prefix.removeLast();
            placed.clear(i);
        }
        if (memo != null) {
            failed.add(memo);
        }
        return false;
    }

    private int placedRequired(BitSet placed) {
        int count = 0;
        for (int i = placed.nextSetBit(0); i >= 0; i = placed.nextSetBit(i + 1)) {
            count += history.get(i).isPending() ? 0 : 1;
        }
        return count;
    }

    /** Whether every pending operation not placed blocks on the model after the current prefix. */
    private boolean restBlock(BitSet placed) throws Exception {
        for (int i = placed.nextClearBit(0); i < history.size(); i = placed.nextClearBit(i + 1)) {
            tried++;
            if (!(spec.apply(rebuild(), history.get(i).invocation()) instanceof Result.Blocks)) {
                return false;
            }
        }
        return true;
    }

    private long firstReturnAmongPending(BitSet placed) {
        long first = Long.MAX_VALUE;
        for (int i = placed.nextClearBit(0); i < history.size(); i = placed.nextClearBit(i + 1)) {
            first = Math.min(first, history.get(i).returned());
        }
        return first;
    }

    /** The state after the current prefix, made from scratch (the model's states cannot be copied). */
    private Object rebuild() throws Exception {
        Object state = spec.fresh();
        for (int i : prefix) {
            spec.apply(state, history.get(i).invocation());
        }
        return state;
    }
}
