package dev.interleave.junit;

import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.Strategies;
import dev.interleave.explore.ExploreOptions;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Used in place of {@code @Test}: runs the test method under Interleave's controlled scheduler,
 * many times, each time under another interleaving, until one fails or the budget runs out.
 *
 * <pre>{@code
 * class FlagTest {
 *     boolean ran;
 *
 *     @InterleaveTest
 *     void onlyOneTaskSetsTheFlag() {
 *         var setters = new AtomicInteger();
 *         try (var group = new TaskGroup()) {
 *             for (int i = 0; i < 3; i++) {
 *                 group.fork(() -> {
 *                     if (!ran) {
 *                         Thread.yield();  // asyncio's await asyncio.sleep(0)
 *                         ran = true;
 *                         setters.incrementAndGet();
 *                     }
 *                 });
 *             }
 *         }
 *         assertEquals(1, setters.get());
 *     }
 * }
 * }</pre>
 *
 * <p>A failure fails the test with the failure, the shrunk interleaving in brief, and how to
 * replay exactly that schedule: {@code @InterleaveTest(replay = "il1....")} or
 * {@code -Dinterleave.replay=il1....}. The reports ({@code schedule.txt} first, then
 * {@code report.txt} and {@code report.json}) go to {@code target/interleave/<class>/<method>/}
 * (the system property {@code interleave.reports} moves them).
 *
 * <h2>What starts anew in each execution</h2>
 * Each execution gets a fresh instance of the test class, made by its constructor (parameters are
 * resolved as JUnit resolves them), then runs the class's {@code @BeforeEach} methods, the test
 * method and its {@code @AfterEach} methods, all under control. The test class and the other
 * classes in directories of the class path (a build's {@code target/test-classes} and
 * {@code target/classes}) are loaded by Interleave's own class loader (so they are instrumented
 * for control even when the agent came late), which an exploration's executions share: each
 * execution starts with those classes uninitialized again, their static fields reset and their
 * initializers run again at first use. A class that cannot be reset that way (an
 * interface with a static initializer) makes the later executions load the classes into a fresh
 * class loader each, which costs about a millisecond an execution instead of tens of
 * microseconds. The guide's "Static state between executions" says what the reset cannot reach.
 * An inner ({@code @Nested}) class gets a fresh enclosing instance as well; the enclosing class's
 * {@code @BeforeEach} methods do not run inside executions.
 *
 * <p>What is <em>not</em> reset, and what an execution does not see:
 * <ul>
 *   <li>classes from jars (libraries): their static state carries over from one execution to the next;</li>
 *   <li>the JVM's and the world's state: system properties, files, sockets, databases;</li>
 *   <li>what {@code @BeforeAll} set up in static fields: an execution's copy of the class starts
 *       anew and does not see it; JUnit's own instance of the class (which JUnit creates, and runs
 *       {@code @BeforeEach} and {@code @AfterEach} on, once, outside control) is not the one
 *       the executions use. Set up per-execution state in the constructor, a field initializer,
 *       {@code @BeforeEach} or the method itself;</li>
 *   <li>a parameter whose type is one of those directories' classes cannot be passed in: JUnit's
 *       copy of the type is not the execution's.</li>
 * </ul>
 *
 * <h2>The agent</h2>
 * Interleave needs its java agent. Start the test JVM with it (Surefire's {@code argLine}, see the
 * README); without it the extension attaches it on first use, through a short-lived helper JVM,
 * and the JDK prints a warning that an agent was loaded dynamically. Attached late, the agent
 * cannot instrument library classes that earlier tests had already loaded (the classes loaded
 * afresh are instrumented either way): prefer the {@code argLine}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(InterleaveExtension.class)
public @interface InterleaveTest {

    /** The seed value that means "pick one at random" (the seed used is always reported). */
    long RANDOM_SEED = Long.MIN_VALUE;
    /** The delay bound that means "none". */
    int NO_DELAY_BOUND = Integer.MAX_VALUE;

    /** How to choose the next task at each decision (see {@link Strategies}); the default mixes them. */
    Strategies strategy() default Strategies.PORTFOLIO;

    /**
     * Which operations are scheduling points (see {@link Mode}): where a task blocks or yields; also
     * every synchronization action; also every access to a shared field or array element. Preemptive
     * by default, as {@code bin/interleave explore} ({@link ExploreOptions#DEFAULT_MODE}): Java threads
     * switch anywhere, and only that mode finds bugs between plain accesses.
     */
    Mode mode() default Mode.PREEMPTIVE;

    /** Most executions to try. */
    long schedules() default ExploreOptions.DEFAULT_SCHEDULES;

    /** Seed for the strategies that a seed steers (portfolio, random, pct, pos, urw, surw); a random one by default. */
    long seed() default RANDOM_SEED;

    /** Wall-clock budget for the whole exploration, as {@code 500ms}, {@code 30s}, {@code 2m}; none by default. */
    String timeLimit() default "";

    /** PCT's depth: a bug that needs d - 1 tasks held back at the right moments needs depth d (PCT only). */
    int pctDepth() default ExploreOptions.DEFAULT_PCT_DEPTH;

    /**
     * DFS only: the most delays per schedule, a delay being a choice other than the oldest runnable
     * task (FIFO's); none by default. A bounded search proves only what the bound lets it reach.
     */
    int delayBound() default NO_DELAY_BOUND;

    /** DFS only: skip schedules that only reorder independent steps of one already run (its partial-order reduction). */
    boolean reduction() default true;

    /** Shrink a failure to the fewest delays before reporting it. */
    boolean shrink() default true;

    /** Run every schedule twice and fail at the first difference: finds what Interleave does not control. */
    boolean checkDeterminism() default false;

    /** The most steps one execution may take before it is reported as a livelock. */
    long maxSteps() default RunOptions.DEFAULT_MAX_STEPS;

    /**
     * Fail a run that passed every schedule when the race detector saw a data race, with the races in
     * the message (as the system property {@code interleave.failOnDataRace=true} does for every test).
     */
    boolean failOnDataRace() default false;

    /**
     * How long a run waits for the outside world (a socket, a process, {@code System.in}) when no task
     * can run, before it ends as stuck waiting outside, as {@code 500ms}, {@code 5s}, {@code 2m}; by
     * default 30 s (or {@code -Dinterleave.outsideWait}).
     */
    String outsideWait() default "";

    /**
     * JDK classes to instrument as program code, each with its nested classes
     * ({@code "java.util.concurrent.ConcurrentLinkedDeque"}): their field accesses, monitors and
     * atomic calls become the test's, so that a bug inside the JDK class can show. By default the
     * JDK's classes are trusted as a whole. A replay needs the same classes.
     */
    String[] instrument() default {};

    /**
     * A schedule token to replay exactly, once, instead of exploring (to step through it in a
     * debugger). It must have been recorded for this test method; it carries its mode.
     */
    String replay() default "";
}
