package dev.interleave;

import dev.interleave.internal.strategy.FifoStrategy;
import dev.interleave.internal.strategy.Strategy;

/**
 * How to run: the strategy that picks the next task, whether the program's output also goes to
 * the real standard streams, and the limits that turn a livelock or a spin into a reported failure.
 *
 * @param maxSteps most steps in one execution
 * @param maxLoopIterationsPerStep most loop iterations a task may run without reaching a
 *                                 scheduling point
 * @param recordLocations          record the source line of every step (slower: for reports)
 * @param mode                     which scheduling points the run has
 * @param timeLimit                wall-clock budget of the execution, or null for none: past it the
 *                                 execution ends with a {@link Failure.Limit#TIME} limit, even inside a
 *                                 step that never ends
 * @param locationsFrom            with {@code recordLocations}, the first step whose source line is
 *                                 recorded: a long execution's report shows the lines of its end
 * @param instrument               JDK classes (binary names) to instrument as program code, each with
 *                                 its nested classes: by default the JDK's classes are trusted as a whole
 * @param focus                    the code under test, for traces: packages or classes (binary names)
 *                                 whose lines events are attributed to when a library's or the JDK's
 *                                 code did them on its behalf; empty: every program class
 * @param raceStacks               every shared access keeps its stack, so that a data race shows both
 *                                 accesses' stacks: for one replay of a race, too slow for exploring
 */
public record RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                         boolean recordLocations, Mode mode, java.time.Duration timeLimit, long locationsFrom,
                         java.util.List<String> instrument, java.util.List<String> focus, boolean raceStacks) {

    public static final long DEFAULT_MAX_STEPS = 1_000_000;
    /**
     * The system property that bounds, for every run of the JVM, how long a run waits for the outside
     * world (a socket, a process, {@code System.in}) when no task can run, before it ends as stuck
     * waiting outside: seconds ({@code 30}, the default) or milliseconds ({@code 500ms}).
     */
    public static final String OUTSIDE_WAIT_PROPERTY = "interleave.outsideWait";
    /**
     * A loop that no other task can end (every other task is blocked, no timer is due) and that runs
     * this long is reported. A long computation runs fewer: some seconds of a loop's iterations.
     */
    public static final long DEFAULT_MAX_LOOP_ITERATIONS = 1_000_000_000;

    public RunOptions {
        if (maxSteps <= 0 || maxLoopIterationsPerStep <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        java.util.Objects.requireNonNull(mode, "mode");
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        instrument = java.util.List.copyOf(instrument);
        focus = java.util.List.copyOf(focus);
    }

    /** Every program class under test. */
    public RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                      boolean recordLocations, Mode mode, java.time.Duration timeLimit, long locationsFrom,
                      java.util.List<String> instrument) {
        this(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit, locationsFrom,
                instrument, java.util.List.of(), false);
    }

    /** No JDK class instrumented. */
    public RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                      boolean recordLocations, Mode mode, java.time.Duration timeLimit, long locationsFrom) {
        this(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit, locationsFrom,
                java.util.List.of());
    }

    /** Cooperative mode, as before modes were chosen per run. */
    public RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                      boolean recordLocations) {
        this(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, Mode.COOPERATIVE, null, 0);
    }

    /** FIFO, asyncio's order, with the program's output shown as it is printed. */
    public static RunOptions defaults() {
        return new RunOptions(new FifoStrategy(), true, DEFAULT_MAX_STEPS, DEFAULT_MAX_LOOP_ITERATIONS, false);
    }

    public RunOptions withStrategy(Strategy s) {
        return new RunOptions(s, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    public RunOptions withEchoOutput(boolean echo) {
        return new RunOptions(strategy, echo, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    public RunOptions withMaxSteps(long steps) {
        return new RunOptions(strategy, echoOutput, steps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    public RunOptions withMaxLoopIterationsPerStep(long iterations) {
        return new RunOptions(strategy, echoOutput, maxSteps, iterations, recordLocations, mode, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    public RunOptions withRecordLocations(boolean record) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, record, mode, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    public RunOptions withMode(Mode m) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, m, timeLimit, locationsFrom, instrument, focus, raceStacks);
    }

    /** The execution's wall-clock budget; null for none. */
    public RunOptions withTimeLimit(java.time.Duration limit) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, limit, locationsFrom, instrument, focus, raceStacks);
    }

    /** Records the source line of every step from step {@code first} on (from 0: every step). */
    public RunOptions withRecordLocationsFrom(long first) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, true, mode, timeLimit, first,
                instrument, focus, raceStacks);
    }

    /**
     * JDK classes to instrument as program code in this run ({@code java.util.concurrent.ConcurrentLinkedDeque}),
     * each with its nested classes: their accesses, monitors and atomic calls become the program's, so
     * that a bug inside the JDK class can show. By default the JDK is trusted as a whole.
     */
    public RunOptions withInstrument(java.util.List<String> classes) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit,
                locationsFrom, classes, focus, raceStacks);
    }

    /**
     * The code under test, for traces ({@code com.example.cache}, {@code com.example.Cache}): an event
     * that a library or the JDK did on its behalf is shown at its innermost line in these packages or
     * classes. Empty: every program class is under test.
     */
    public RunOptions withFocus(java.util.List<String> packagesOrClasses) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit,
                locationsFrom, instrument, packagesOrClasses, raceStacks);
    }

    /** Whether every shared access keeps its stack, for data races that show both (see {@link DataRace}). */
    public RunOptions withRaceStacks(boolean keep) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode, timeLimit,
                locationsFrom, instrument, focus, keep);
    }
}
