package dev.interleave;

import dev.interleave.strategy.FifoStrategy;
import dev.interleave.strategy.Strategy;

/**
 * How to run: the strategy that picks the next task, whether the program's output also goes to
 * the real standard streams, and the limits that turn a livelock or a spin into a reported failure.
 *
 * @param maxSteps most steps in one execution
 * @param maxLoopIterationsPerStep most loop iterations a task may run without reaching a
 *                                 scheduling point
 * @param recordLocations          record the source line of every step (slower: for reports)
 * @param mode                     which scheduling points the run has
 */
public record RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                         boolean recordLocations, Mode mode) {

    public static final long DEFAULT_MAX_STEPS = 1_000_000;
    public static final long DEFAULT_MAX_LOOP_ITERATIONS = 20_000_000;

    public RunOptions {
        if (maxSteps <= 0 || maxLoopIterationsPerStep <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        java.util.Objects.requireNonNull(mode, "mode");
    }

    /** Cooperative mode, as before modes were chosen per run. */
    public RunOptions(Strategy strategy, boolean echoOutput, long maxSteps, long maxLoopIterationsPerStep,
                      boolean recordLocations) {
        this(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, Mode.COOPERATIVE);
    }

    /** FIFO, asyncio's order, with the program's output shown as it is printed. */
    public static RunOptions defaults() {
        return new RunOptions(new FifoStrategy(), true, DEFAULT_MAX_STEPS, DEFAULT_MAX_LOOP_ITERATIONS, false);
    }

    public RunOptions withStrategy(Strategy s) {
        return new RunOptions(s, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, mode);
    }

    public RunOptions withEchoOutput(boolean echo) {
        return new RunOptions(strategy, echo, maxSteps, maxLoopIterationsPerStep, recordLocations, mode);
    }

    public RunOptions withMaxSteps(long steps) {
        return new RunOptions(strategy, echoOutput, steps, maxLoopIterationsPerStep, recordLocations, mode);
    }

    public RunOptions withMaxLoopIterationsPerStep(long iterations) {
        return new RunOptions(strategy, echoOutput, maxSteps, iterations, recordLocations, mode);
    }

    public RunOptions withRecordLocations(boolean record) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, record, mode);
    }

    public RunOptions withMode(Mode m) {
        return new RunOptions(strategy, echoOutput, maxSteps, maxLoopIterationsPerStep, recordLocations, m);
    }
}
