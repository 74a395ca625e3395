package dev.interleave.linearizability;

import dev.interleave.Mode;
import dev.interleave.explore.ExploreOptions;
import java.time.Duration;

/**
 * How to test a specification: the scenario's shape (threads, operations per thread, operations
 * before and after the parallel part), how many scenarios, their seed, whether the threads are
 * virtual or platform threads, the sequential model (null: the specification class itself, run
 * alone), a wall-clock budget for all scenarios (null: none), how each scenario is explored, and
 * the budget for shrinking a failing scenario.
 *
 * <p>The default mode is {@code preemptive}: a switch before every access to a shared field of the
 * program's classes and at every synchronization action. That is Lincheck's model checker's, and
 * what a structure of the user's own needs: its bugs are usually lost updates and check-then-act
 * races between plain or volatile accesses (which only preemptive mode interleaves) as much as
 * between atomics (which sync mode interleaves too). The JDK's own classes stay trusted as a whole
 * in every mode: a scenario tests how the specification uses them.
 */
public record LinearizabilityOptions(int threads, int operationsPerThread, int initialOperations, int finalOperations,
                                     long scenarios, long seed, boolean virtualThreads, Class<?> sequential,
                                     Duration timeLimit, ExploreOptions explore, Duration shrinkTime) {

    public static final long DEFAULT_SCHEDULES_PER_SCENARIO = 100;
    /** The default budget for shrinking a failing scenario (its interleaving has the explorer's own budget). */
    public static final Duration DEFAULT_SHRINK_TIME = Duration.ofSeconds(30);

    /** As before scenario shrinking had a budget of its own: the default budget. */
    public LinearizabilityOptions(int threads, int operationsPerThread, int initialOperations, int finalOperations,
                                  long scenarios, long seed, boolean virtualThreads, Class<?> sequential,
                                  Duration timeLimit, ExploreOptions explore) {
        this(threads, operationsPerThread, initialOperations, finalOperations, scenarios, seed, virtualThreads,
                sequential, timeLimit, explore, DEFAULT_SHRINK_TIME);
    }

    public LinearizabilityOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (operationsPerThread < 1 || initialOperations < 0 || finalOperations < 0) {
            throw new IllegalArgumentException("operations per thread must be at least 1 and the initial and final"
                    + " parts not negative");
        }
        if (threads * operationsPerThread + initialOperations + finalOperations > 63) {
            throw new IllegalArgumentException("a scenario of more than 63 operations cannot be checked");
        }
        if (shrinkTime == null || shrinkTime.isNegative()) {
            throw new IllegalArgumentException("the scenario shrink budget must be zero (no shrinking) or more");
        }
        if (scenarios < 1) {
            throw new IllegalArgumentException("scenarios must be at least 1, not " + scenarios);
        }
    }

    /**
     * Two threads of three operations, two operations before and one after, 100 scenarios of 100
     * schedules each (the portfolio strategy), in preemptive mode, on virtual threads.
     */
    public static LinearizabilityOptions defaults(long seed) {
        return new LinearizabilityOptions(2, 3, 2, 1, 100, seed, true, null, null,
                ExploreOptions.defaults(seed).withMode(Mode.PREEMPTIVE).withSchedules(DEFAULT_SCHEDULES_PER_SCENARIO));
    }

    public LinearizabilityOptions withThreads(int count) {
        return new LinearizabilityOptions(count, operationsPerThread, initialOperations, finalOperations, scenarios, seed,
                virtualThreads, sequential, timeLimit, explore, shrinkTime);
    }

    public LinearizabilityOptions withOperationsPerThread(int count) {
        return new LinearizabilityOptions(threads, count, initialOperations, finalOperations, scenarios, seed,
                virtualThreads, sequential, timeLimit, explore, shrinkTime);
    }

    /** The number of operations the main thread runs before the threads start, and after they all end. */
    public LinearizabilityOptions withSequentialParts(int initial, int fin) {
        return new LinearizabilityOptions(threads, operationsPerThread, initial, fin, scenarios, seed,
                virtualThreads, sequential, timeLimit, explore, shrinkTime);
    }

    public LinearizabilityOptions withScenarios(long count) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, count, seed,
                virtualThreads, sequential, timeLimit, explore, shrinkTime);
    }

    /** The seed of the scenarios (each scenario's schedules have a seed of their own, drawn from it). */
    public LinearizabilityOptions withSeed(long value) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                value, virtualThreads, sequential, timeLimit, explore, shrinkTime);
    }

    public LinearizabilityOptions withVirtualThreads(boolean virtual) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                seed, virtual, sequential, timeLimit, explore, shrinkTime);
    }

    /** A class with the same operations (by name and parameter types), run alone as the reference. */
    public LinearizabilityOptions withSequential(Class<?> model) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                seed, virtualThreads, model, timeLimit, explore, shrinkTime);
    }

    public LinearizabilityOptions withTimeLimit(Duration limit) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                seed, virtualThreads, sequential, limit, explore, shrinkTime);
    }

    /**
     * The budget (real time) for shrinking a failing scenario: dropping operations and threads while
     * it fails the same way, each smaller scenario explored as the first was. Zero: the scenario is
     * reported as generated. Shrinking also stops at {@link #timeLimit()}, and says so when it stops
     * at either.
     */
    public LinearizabilityOptions withShrinkTime(Duration budget) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                seed, virtualThreads, sequential, timeLimit, explore, budget);
    }

    /** How each scenario is explored: strategy, schedules per scenario, mode, step limit... (its seed is replaced per scenario). */
    public LinearizabilityOptions withExplore(ExploreOptions options) {
        return new LinearizabilityOptions(threads, operationsPerThread, initialOperations, finalOperations, scenarios,
                seed, virtualThreads, sequential, timeLimit, options, shrinkTime);
    }
}
