package dev.interleave;

/** The outcome of an execution: it passed, or it failed in one of the ways {@link Failure} lists. */
public sealed interface Verdict permits Verdict.Pass, Failure {

    /** Every non-daemon task ended (or the program exited with status 0) and nothing failed. */
    record Pass() implements Verdict {
    }

    default boolean passed() {
        return this instanceof Pass;
    }
}
