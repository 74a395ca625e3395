package dev.interleave.explore;

import dev.interleave.Mode;

/**
 * What an exploration's pass says about the space it searched, in words for its summary: a sample
 * is not a proof, and an exhausted space is a proof for its mode's scheduling points only. A
 * cooperative search tried no switch where tasks used shared fields or locks without blocking; a
 * sync search none between the plain accesses of a data race.
 */
public final class SpaceSummary {

    private SpaceSummary() {
    }

    /**
     * {@code space exhausted: no (a sample, not a proof)} for a random strategy; for DFS, whether it
     * exhausted the space of which mode's points, its preemption bound and reduction, and what the
     * proof leaves out.
     */
    public static String of(Exploration e) {
        if (!e.strategy().equals("dfs")) {
            return "space exhausted: no (a sample, not a proof)";
        }
        Mode mode = Mode.parse(e.mode());
        String text = "space exhausted for " + mode.label() + " points: " + (e.exhausted() ? "yes" : "no")
                + (e.preemptionBound() == Integer.MAX_VALUE ? "" : " (preemption bound " + e.preemptionBound() + ")")
                + (e.reduced() ? ", " + e.skippedByReduction() + " branches skipped by the reduction" : "");
        return e.exhausted() ? text + "; " + leftOut(e, mode) : text;
    }

    private static String leftOut(Exploration e, Mode mode) {
        return switch (mode) {
            case COOPERATIVE -> e.sharedBetweenPoints()
                    ? "its tasks used shared fields or locks between those points: it proves nothing about switches "
                            + "there (--mode sync or preemptive tries them)"
                    : "a program with plain threads may still fail in sync or preemptive mode";
            case SYNC -> (e.races().isEmpty()
                    ? "a program with data races may still fail in preemptive mode"
                    : "its tasks raced on plain fields: it proves nothing about switches between those accesses "
                            + "(--mode preemptive tries them)") + "; " + TRUSTED;
            case PREEMPTIVE -> "under sequential consistency; " + TRUSTED;
        };
    }

    /** What sync and preemptive modes do not look inside: the JDK's classes (see the guide's "What is and isn't controlled"). */
    private static final String TRUSTED = "JDK classes trusted (see --instrument)";
}
