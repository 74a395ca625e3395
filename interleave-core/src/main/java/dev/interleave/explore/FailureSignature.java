package dev.interleave.explore;

import dev.interleave.Failure;
import dev.interleave.Verdict;

/**
 * What makes two failures "the same" for shrinking, and for merging the shards' results: the kind
 * of failure and, for an exception, its class. Messages are left out: they often carry values that
 * change with the schedule.
 */
public record FailureSignature(String kind, String detail) {

    /** The signature of a failing verdict; null for a pass. */
    public static FailureSignature of(Verdict verdict) {
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

    /** {@code uncaught java.lang.AssertionError}, {@code deadlock}: as result.json writes it. */
    @Override
    public String toString() {
        return detail.isEmpty() ? kind : kind + " " + detail;
    }
}
