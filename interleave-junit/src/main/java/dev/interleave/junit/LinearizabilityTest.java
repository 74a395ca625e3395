package dev.interleave.junit;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Used in place of {@code @Test} on a method (whose body is not run) of a class that declares a
 * concurrent object's operations: tests that every run of generated concurrent scenarios gives
 * results that some sequential order of the operations explains (linearizability). See
 * {@code dev.interleave.linearizability.Linearizability} for the plain API.
 *
 * <pre>{@code
 * class QueueSpec {
 *     final ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
 *     @Operation boolean offer(@Param(gen = IntGen.class) int x) { return q.offer(x); }
 *     @Operation Integer poll() { return q.poll(); }
 *
 *     @LinearizabilityTest(threads = 2, operationsPerThread = 3, scenarios = 200)
 *     void linearizable() {
 *     }
 * }
 * }</pre>
 *
 * <p>JUnit runs methods, not classes: the annotation goes on a method, and the specification is
 * its class (or {@link #spec()}). Each execution makes a fresh instance of it with its constructor
 * without parameters, in a fresh copy of the class (static fields start anew), as
 * {@code @InterleaveTest} does; {@code @BeforeEach} and {@code @AfterEach} are not run inside
 * executions. A failure fails the test with the scenario shrunk to the smallest that fails the same
 * way (within {@link #shrinkTime()}), the results no order explains beside those one allows, the
 * shrunk interleaving, and the key that replays both ({@code replay = "SEED/INDEX/SHAPE/TOKEN"}, or
 * {@code -Dinterleave.replay=...}); the reports go where {@code @InterleaveTest}'s do.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(LinearizabilityExtension.class)
public @interface LinearizabilityTest {

    /** Threads of the parallel part, each running one column of the scenario. */
    int threads() default 2;

    int operationsPerThread() default 3;

    /** Operations the main thread runs before the threads start. */
    int initialOperations() default 2;

    /** Operations the main thread runs after every thread has ended. */
    int finalOperations() default 1;

    /** Scenarios to generate, each explored in turn. */
    long scenarios() default 100;

    /** Most executions to try per scenario. */
    long schedules() default 100;

    /** Seed of the scenarios (and, through them, of each scenario's schedules); a random one by default, always reported. */
    long seed() default InterleaveTest.RANDOM_SEED;

    /** How to choose the next task at each decision (see {@link Strategies}). */
    Strategies strategy() default Strategies.PORTFOLIO;

    /** Preemptive by default: a switch may come before any shared field access, as well as at every synchronization action. */
    Mode mode() default Mode.PREEMPTIVE;

    /** Virtual threads by default; false runs the columns on platform threads. */
    boolean virtualThreads() default true;

    /** The class that declares the operations; by default the test class itself. */
    Class<?> spec() default void.class;

    /** A sequential model with the same operations; by default the specification run alone. */
    Class<?> sequential() default void.class;

    /** Wall-clock budget for all scenarios, as {@code 30s}; none by default. */
    String timeLimit() default "";

    /**
     * Budget for shrinking a failing scenario (dropping threads and operations while it fails the
     * same way), as {@code 30s}. 30 seconds by default.
     */
    String shrinkTime() default "";

    /** JDK classes to instrument as program code (see {@link InterleaveTest#instrument()}). */
    String[] instrument() default {};

    /**
     * A failure's key, {@code SEED/INDEX/TOKEN} or {@code SEED/INDEX/SHAPE/TOKEN} (a shrunk scenario), to
     * run that scenario under that schedule once instead of exploring.
     */
    String replay() default "";
}
