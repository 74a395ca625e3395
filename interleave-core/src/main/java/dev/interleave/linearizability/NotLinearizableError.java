package dev.interleave.linearizability;

/**
 * The verdict of a run whose results no sequential order explains. An {@link AssertionError}, so
 * that the explorer reports it as any failed assertion: found, shrunk by its class, replayed.
 */
public final class NotLinearizableError extends AssertionError {

    NotLinearizableError(String message) {
        super(message);
    }
}
