package dev.interleave.linearizability;

import java.util.List;

/** The verdict of a run whose results no sequential order explains. */
public final class NotLinearizableError extends ScenarioError {

    NotLinearizableError(String message, List<HistoryEntry> history, List<List<String>> allowed) {
        super(message, history, allowed);
    }

    @Override
    public String kind() {
        return "not linearizable";
    }
}
