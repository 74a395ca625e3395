package dev.interleave.linearizability;

import java.util.List;

/**
 * The verdict of a run that failed the check, with what the report shows beside the message: each
 * operation of the run (thread, call, result, ticks; a pending one never returned) and, where
 * known, the results a sequential order allows it. An {@link AssertionError}, so that the explorer
 * reports it as any failed assertion: found, shrunk by its class, replayed.
 */
public abstract sealed class ScenarioError extends AssertionError permits NotLinearizableError, HangError {

    private final transient List<HistoryEntry> history;
    private final transient List<List<String>> allowed;

    ScenarioError(String message, List<HistoryEntry> history, List<List<String>> allowed) {
        super(message);
        this.history = List.copyOf(history);
        this.allowed = allowed == null ? null : List.copyOf(allowed);
    }

    /** The run's operations, those that did not return among them, in the order they were called. */
    public List<HistoryEntry> history() {
        return history;
    }

    /**
     * For each entry of {@link #history()}, the results a sequential order in which every other
     * operation returns what it did allows it (as text; empty: none), or null when not known.
     */
    public List<List<String>> allowed() {
        return allowed;
    }

    /** The kind of failure, in words: "not linearizable" or "hang". */
    public abstract String kind();
}
