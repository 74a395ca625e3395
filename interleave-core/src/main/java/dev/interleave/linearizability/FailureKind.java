package dev.interleave.linearizability;

import dev.interleave.Failure;

/**
 * The kinds of failure a scenario can have, which shrinking keeps: a smaller scenario that fails
 * otherwise (a hang where results were wrong) shows another bug, not the same one smaller.
 */
public enum FailureKind {
    /** Results no sequential order explains ({@link NotLinearizableError}). */
    NOT_LINEARIZABLE,
    /**
     * An operation that did not complete ({@link HangError}), or a run the runtime stopped as one: a
     * deadlock, a spin, a livelock past the step limit, a step or a run that did not end in time.
     */
    HANG,
    /** Anything else: an {@link Error} an operation threw, an exit, the runner's own exception. */
    EXCEPTION;

    public static FailureKind of(Failure failure) {
        return switch (failure) {
            case Failure.UncaughtException e when e.error() instanceof NotLinearizableError -> NOT_LINEARIZABLE;
            case Failure.UncaughtException e when e.error() instanceof HangError -> HANG;
            case Failure.Deadlock d -> HANG;
            case Failure.LimitExceeded e -> HANG;
            default -> EXCEPTION;
        };
    }

    /** In words, for messages and reports. */
    public String text() {
        return switch (this) {
            case NOT_LINEARIZABLE -> "not linearizable";
            case HANG -> "hang";
            case EXCEPTION -> "exception";
        };
    }
}
