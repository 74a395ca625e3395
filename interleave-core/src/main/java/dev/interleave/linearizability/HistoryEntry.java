package dev.interleave.linearizability;

/**
 * One completed operation of a run: who called it ({@code thread} is the scenario's column, or
 * {@link #MAIN} for the initial and final parts), what, what came of it, and the ticks of its call
 * and of its return on the run's history clock. Operation A precedes B in real time when
 * {@code A.returned < B.called}; operations whose intervals overlap may be ordered either way.
 */
public record HistoryEntry(int thread, Invocation invocation, Result result, long called, long returned) {

    /** The thread of the initial and final sequential parts. */
    public static final int MAIN = -1;

    /** An operation that was called and never returned: no result, and no return tick (it follows everything). */
    static HistoryEntry pending(int thread, Invocation invocation, long called) {
        return new HistoryEntry(thread, invocation, null, called, Long.MAX_VALUE);
    }

    /** Whether the operation never returned (its thread hung in it). */
    public boolean isPending() {
        return result == null;
    }

    public HistoryEntry {
        if (returned <= called) {
            throw new IllegalArgumentException("an operation returns after its call: " + called + " then " + returned);
        }
    }

    String describe() {
        return invocation + ": " + (isPending() ? "did not complete" : result);
    }

    String who() {
        return thread == MAIN ? "main" : "t" + thread;
    }
}
