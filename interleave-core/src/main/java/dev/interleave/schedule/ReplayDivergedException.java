package dev.interleave.schedule;

import java.util.List;

/**
 * The program did not follow a schedule it was given: at decision {@code decision}, the task the
 * schedule names could not run. Either the program is nondeterministic (real I/O, identity hash
 * codes, threads Interleave does not control) or it changed since the schedule was recorded.
 */
public final class ReplayDivergedException extends RuntimeException {

    private final int decision;

    public ReplayDivergedException(int decision, int expectedTask, List<Integer> runnable, int step) {
        super("the program diverged from the schedule at decision " + decision + " (step " + step
                + "): the schedule runs task " + expectedTask + " but the runnable tasks were " + runnable);
        this.decision = decision;
    }

    public ReplayDivergedException(int decision, String message) {
        super(message);
        this.decision = decision;
    }

    public int decision() {
        return decision;
    }
}
