package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For a history no order explains, which result alone is wrong: for each operation, the results it
 * could have had in a sequential order (that keeps the real-time order) in which every other
 * operation returns what it did. "poll() returned 2; a sequential order allows null or 1" points at
 * the operation to read first; an operation with no such result cannot be blamed alone.
 *
 * <p>The search is the checker's (depth first, real-time order kept, Lowe's memo when the model has a
 * {@link StateKey}) once per operation, with that operation's result left free and collected. It is
 * bounded ({@link #MOST_TRIED} operations run on the model in all): it runs inside the execution
 * that failed, and a report is no place to wait; past the bound it says nothing.
 */
final class AllowedResults {

    static final long MOST_TRIED = 20_000;

    private final List<HistoryEntry> history;
    private final SequentialSpec spec;
    private long tried;

    private AllowedResults(List<HistoryEntry> history, SequentialSpec spec) {
        this.history = history;
        this.spec = spec;
    }

    /** For each entry of {@code history} (all returned), its allowed results; null past the bound. */
    static List<Set<Result>> of(List<HistoryEntry> history, SequentialSpec spec) throws Exception {
        AllowedResults search = new AllowedResults(List.copyOf(history), spec);
        List<Set<Result>> allowed = new ArrayList<>();
        for (int free = 0; free < history.size(); free++) {
            Set<Result> found = new LinkedHashSet<>();
            if (!search.collect(free, new BitSet(), new ArrayList<>(), null, found, new HashSet<>())) {
                return null;
            }
            allowed.add(found);
        }
        return allowed;
    }

    private record Visit(BitSet placed, Object state, Result freeResult) {
    }

    /**
     * Adds to {@code found} each result {@code free} has in a complete order from here; false when the
     * bound was reached.
     */
    private boolean collect(int free, BitSet placed, List<Integer> prefix, Result freeResult, Set<Result> found,
                            Set<Visit> visited) throws Exception {
        if (placed.cardinality() == history.size()) {
            found.add(freeResult);
            return true;
        }
        Object key = spec.key(replay(prefix));
        if (key != null && !visited.add(new Visit((BitSet) placed.clone(), key, freeResult))) {
            return true; // this (placed, state) was searched with the same free result: nothing new below
        }
        long firstReturn = Long.MAX_VALUE;
        for (int i = placed.nextClearBit(0); i < history.size(); i = placed.nextClearBit(i + 1)) {
            firstReturn = Math.min(firstReturn, history.get(i).returned());
        }
        for (int i = placed.nextClearBit(0); i < history.size(); i = placed.nextClearBit(i + 1)) {
            HistoryEntry entry = history.get(i);
            if (entry.called() > firstReturn) {
                continue;
            }
            if (++tried > MOST_TRIED) {
                return false;
            }
            Object state = replay(prefix);
            Result result = spec.apply(state, entry.invocation());
            Result nextFree = freeResult;
            if (i == free) {
                if (result instanceof Result.Blocks || found.contains(result)) {
                    continue; // this result is known to be allowed
                }
                nextFree = result;
            } else if (!result.equals(entry.result())) {
                continue;
            }
            placed.set(i);
            prefix.add(i);
            boolean within = collect(free, placed, prefix, nextFree, found, visited);
            prefix.removeLast();
            placed.clear(i);
            if (!within) {
                return false;
            }
        }
        return true;
    }

    private Object replay(List<Integer> prefix) throws Exception {
        Object state = spec.fresh();
        for (int i : prefix) {
            tried++;
            spec.apply(state, history.get(i).invocation());
        }
        return state;
    }
}
