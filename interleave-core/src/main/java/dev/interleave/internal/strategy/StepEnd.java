package dev.interleave.internal.strategy;

/**
 * How a step ended, as the runtime saw it: the typed event from which {@link Independence} decides
 * whether the step ended at an await point, whose effects footprints cannot bound. The runtime
 * says what it knows (a park on a synchronizer's queue, a monitor of the program's that it models)
 * and nothing about what that means for the reduction.
 */
public sealed interface StepEnd {

    StepEnd TURN = new Turn();
    StepEnd EXIT = new Exit();
    StepEnd STOPPED = new Stopped();
    StepEnd TIMED_PARK = new TimedPark();

    /** A yield, or a point of sync or preemptive mode before an access or action. */
    record Turn() implements StepEnd {
    }

    /** The task ended. */
    record Exit() implements StepEnd {
    }

    /** The run stopped there: a failure, or the program's exit. */
    record Stopped() implements StepEnd {
    }

    /** A sleep or a timed park: it set a timer on the virtual clock. */
    record TimedPark() implements StepEnd {
    }

    /**
     * An untimed park; {@code queued}: on the queue of a synchronizer (a lock's, a latch's, a
     * semaphore's, a condition's), which the step's footprint names; else unexplained.
     */
    record Park(boolean queued) implements StepEnd {
    }

    /**
     * Blocked before entering a monitor; {@code named}: a monitor of the program's, which the
     * runtime models and the footprint names (one that JDK code holds is unnamed).
     */
    record MonitorBlock(boolean named) implements StepEnd {
    }

    /**
     * In {@code Object.wait}; {@code named}: on a monitor of the program's, which the footprint
     * names; {@code timed}: with a timeout (known only for those, whose waits Interleave times).
     */
    record Wait(boolean named, boolean timed) implements StepEnd {
    }
}
