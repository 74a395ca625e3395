package dev.interleave.internal.cli;

/** The command-line contract's exit codes. */
final class ExitCodes {

    /** No failure: the program ended normally, or none was found in the budget. */
    static final int OK = 0;
    /** A failure was found or reproduced. */
    static final int FAILURE = 1;
    /** Bad usage or bad input. */
    static final int USAGE = 2;
    /** Interleave itself failed, or the program was nondeterministic under replay. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
