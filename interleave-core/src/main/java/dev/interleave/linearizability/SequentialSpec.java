package dev.interleave.linearizability;

/**
 * A sequential specification as the checker runs it. Its states are mutable objects that cannot be
 * copied (a user's model is any class), so a state is reached by running operations on a fresh one;
 * {@link #key} says when two states are one, for the search's memo.
 */
public interface SequentialSpec {

    /** A new state, before any operation (the initial part of a scenario is in the history). */
    Object fresh() throws Exception;

    /** Runs {@code invocation} on {@code state}, changing it, and says what came of it. */
    Result apply(Object state, Invocation invocation) throws Exception;

    /**
     * A snapshot of {@code state} that is equal for states that answer every later operation alike,
     * or null when states cannot be compared (then no two are taken for one).
     */
    Object key(Object state) throws Exception;
}
