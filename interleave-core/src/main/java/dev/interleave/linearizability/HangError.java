package dev.interleave.linearizability;

import java.util.List;

/**
 * The verdict of a run in which an operation did not complete (its thread blocked for good, or
 * the threads waited on one another) where a sequential run completes it: an operation not
 * declared {@link Operation#blocking()}, or a blocking one that no sequential order of the others
 * leaves blocked (a lost wake-up).
 */
public final class HangError extends ScenarioError {

    HangError(String message, List<HistoryEntry> history) {
        super(message, history, null);
    }

    @Override
    public String kind() {
        return "hang";
    }
}
