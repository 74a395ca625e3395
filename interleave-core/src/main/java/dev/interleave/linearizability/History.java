package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a run's operations with the ticks of a clock, in the order they happened.
 *
 * <p>Why the ticks give real-time order exactly: under Interleave one task runs at a time and
 * leaves the processor only at a scheduling point. This package is not instrumented (the agent
 * skips it), so reading and bumping {@code clock} is no scheduling point, and nothing between a
 * tick and the call it stamps (reflection's plumbing is the JDK's) is one either. So the ticks
 * are taken in the order the tasks actually ran them: when A's return tick is below B's call
 * tick, every step of A ran before any step of B, and A must come first in any explanation; when
 * the intervals overlap, the run gave no such order, and either is allowed. The clock is a plain
 * field: the hand-off from one task to the next goes through the scheduler, which orders every
 * task's writes before the next task's reads.
 */
final class History {

    private long clock;
    private final List<HistoryEntry> entries = new ArrayList<>();
    /** Operations called and not returned yet, by thread: after a hang, those that never returned. */
    private final Map<Integer, HistoryEntry> calling = new LinkedHashMap<>();

    /** Runs one operation on {@code instance} and records it; an {@link Error} it throws propagates unrecorded. */
    void run(int thread, Binding binding, Object instance, Invocation invocation) throws Exception {
        long called = ++clock;
        calling.put(thread, HistoryEntry.pending(thread, invocation, called));
        Result result = binding.apply(instance, invocation);
        calling.remove(thread);
        long returned = ++clock;
        entries.add(new HistoryEntry(thread, invocation, result, called, returned));
    }

    /** The operations that returned, in the order they did. */
    List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }

    /** The operations that were called and have not returned (see {@link HistoryEntry#pending}). */
    List<HistoryEntry> pending() {
        return List.copyOf(calling.values());
    }
}
