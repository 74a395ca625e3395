package dev.interleave.explore;

import dev.interleave.Failure;
import dev.interleave.Verdict;

/**
 * What makes two failures "the same" for shrinking: the kind of failure and, for an exception,
 * its class. Messages are left out: they often carry values that change with the schedule.
 */
record FailureSignature(String kind, String detail) {

    static FailureSignature of(Verdict verdict) {
        if (!(verdict instanceof Failure failure)) {
            return null;
        }
        return switch (failure) {
            case Failure.UncaughtException e -> new FailureSignature("uncaught", e.error().getClass().getName());
            case Failure.NonZeroExit e -> new FailureSignature("exit", Integer.toString(e.status()));
            case Failure.Deadlock d -> new FailureSignature("deadlock", "");
            case Failure.LimitExceeded e -> new FailureSignature("limit", e.kind().name());
            case Failure.PinnedBlocking e -> new FailureSignature("pinned", "");
        };
    }
}
