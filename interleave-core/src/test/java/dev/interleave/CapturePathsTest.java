package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.testprograms.FreshJvmDriver;
import dev.interleave.testprograms.ThreadIdentity;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimerTask;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a program can start work must end up as a controlled task: the run passes, the work
 * runs, and the trace shows steps of a task other than "main" (checked through the trace, since a
 * stood-in platform thread's work sees its platform Thread object, not the virtual thread that
 * runs it). Each case runs three times in a row, so that nothing leaks from one execution into
 * the next.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(120)
class CapturePathsTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    private static final int EXECUTIONS = 3;

    /**
     * One way of starting work: the run's body, a regex the name of the task doing the work must
     * match, the expected output, and the virtual time the work must at least take.
     */
    record Capture(Interleave.Body body, String workerTask, List<String> output, Duration atLeast) {
    }

    @BeforeAll
    static void initializeCompletableFutureOutsideAnyRun() {
        // If CompletableFuture is first initialized inside a run, its static default pool is that
        // run's pool forever (see commonPoolFirstUsedInsideARunStillWorksInLaterRuns). Initialize
        // it here, outside any run, so that these in-JVM cases do not depend on test order.
        CompletableFuture.completedFuture(0).join();
    }

    static Stream<Arguments> captures() {
        return Stream.of(
                capture("Thread.ofVirtual().start", "virtual-worker", List.of("work ran"), Duration.ZERO,
                        () -> Thread.ofVirtual().name("virtual-worker").start(CapturePathsTest::work).join()),
                capture("Thread.ofPlatform().start", "platform-worker", List.of("work ran"), Duration.ZERO,
                        () -> Thread.ofPlatform().name("platform-worker").start(CapturePathsTest::work).join()),
                capture("new Thread(r).start()", "Thread-\\d+", List.of("work ran"), Duration.ZERO, () -> {
                    Thread thread = new Thread(CapturePathsTest::work);
                    thread.start();
                    thread.join();
                }),
                capture("Thread subclass", "subclass-worker", List.of("work ran"), Duration.ZERO, () -> {
                    Thread thread = new WorkerThread();
                    thread.start();
                    thread.join();
                }),
                capture("Executors.newFixedThreadPool", "pool-\\d+-thread-\\d+", List.of("work ran", "42"),
                        Duration.ZERO, () -> submitAndShutdown(Executors.newFixedThreadPool(2))),
                capture("Executors.newCachedThreadPool", "pool-\\d+-thread-\\d+", List.of("work ran", "42"),
                        Duration.ZERO, () -> submitAndShutdown(Executors.newCachedThreadPool())),
                capture("Executors.newSingleThreadExecutor", "pool-\\d+-thread-\\d+", List.of("work ran", "42"),
                        Duration.ZERO, () -> submitAndShutdown(Executors.newSingleThreadExecutor())),
                capture("Executors.newScheduledThreadPool, 10 s delay", "pool-\\d+-thread-\\d+",
                        List.of("work ran", "42"), Duration.ofSeconds(10), () -> {
                            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
                            System.out.println(scheduler.schedule(CapturePathsTest::workValue, 10, TimeUnit.SECONDS).get());
                            scheduler.shutdown();
                        }),
                capture("Executors.newVirtualThreadPerTaskExecutor", "task-\\d+", List.of("work ran", "42"),
                        Duration.ZERO, () -> {
                            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                                System.out.println(executor.submit(CapturePathsTest::workValue).get());
                            }
                        }),
                capture("Executors.newWorkStealingPool", "ForkJoinPool-\\d+-worker-\\d+", List.of("work ran", "42"),
                        Duration.ZERO, () -> submitAndShutdown(Executors.newWorkStealingPool())),
                capture("CompletableFuture.supplyAsync (common pool)", "ForkJoinPool\\.commonPool-worker-\\d+",
                        List.of("work ran", "42"), Duration.ZERO,
                        () -> System.out.println(CompletableFuture.supplyAsync(CapturePathsTest::workValue).join())),
                capture("CompletableFuture.thenApplyAsync", "ForkJoinPool\\.commonPool-worker-\\d+",
                        List.of("work ran", "42"), Duration.ZERO,
                        () -> System.out.println(CompletableFuture.completedFuture(41)
                                .thenApplyAsync(x -> {
                                    work();
                                    return x + 1;
                                }).join())),
                capture("parallel stream", "ForkJoinPool\\.commonPool-worker-\\d+", List.of("140"), Duration.ZERO,
                        // The yields let the pool's workers steal: without a scheduling point the
                        // calling task would do all the work before any worker got to run.
                        () -> System.out.println(IntStream.range(0, 8).parallel().map(i -> {
                            Thread.yield();
                            return i * i;
                        }).sum())),
                capture("java.util.Timer, 5 s delay", "Timer-\\d+", List.of("work ran"), Duration.ofSeconds(5), () -> {
                    java.util.Timer timer = new java.util.Timer();
                    CountDownLatch fired = new CountDownLatch(1);
                    timer.schedule(new TimerTask() {
                        @Override
                        public void run() {
                            work();
                            fired.countDown();
                        }
                    }, 5_000);
                    fired.await();
                    timer.cancel(); // else its non-daemon thread keeps the run alive
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void workRunsAsAControlledTaskInEveryExecution(Capture capture) {
        for (int execution = 1; execution <= EXECUTIONS; execution++) {
            RunResult result = Interleave.run(QUIET, capture.body());
            String where = "execution " + execution + ": ";
            assertTrue(result.passed(), () -> where + describe(result));
            assertEquals(capture.output(), result.output(), where + "the work's output");
            Set<String> tasks = taskNames(result);
            assertTrue(tasks.stream().anyMatch(task -> !task.equals("main") && task.matches(capture.workerTask())),
                    () -> where + "no step of a task named like " + capture.workerTask() + ": " + tasks);
            assertTrue(result.virtualNanos() >= capture.atLeast().toNanos(),
                    () -> where + "virtual time " + result.virtualNanos() + " ns, expected at least " + capture.atLeast());
        }
    }

    @Test
    void parallelStreamElementsRunOnTheRunsOwnCommonPoolWorkers() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        RunResult result = Interleave.run(QUIET, () -> IntStream.range(0, 8).parallel().forEach(i -> {
            Thread.yield();
            threads.add(Thread.currentThread().getName());
        }));
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(threads.stream().anyMatch(name -> name.startsWith("ForkJoinPool.commonPool-worker-")),
                () -> "no element ran on a common pool worker: " + threads);
        // every thread that processed an element is a task of this run
        assertTrue(taskNames(result).containsAll(threads), () -> threads + " vs tasks " + taskNames(result));
    }

    @Test
    void stoodInPlatformThreadSeesItsOwnThreadObject() {
        // ThreadIdentity is a program class, so its Thread.currentThread() call is instrumented.
        boolean[] sawItself = new boolean[1];
        RunResult result = Interleave.run(QUIET, () -> sawItself[0] = ThreadIdentity.platformThreadSeesItself());
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(sawItself[0], "Thread.currentThread() in a started platform thread is not that Thread object");
        assertTrue(taskNames(result).contains("identity-worker"), () -> "tasks: " + taskNames(result));
    }

    @Test
    void virtualThreadWorkRunsOnAVirtualThreadOfTheRun() {
        boolean[] virtual = new boolean[1];
        RunResult result = Interleave.run(QUIET,
                () -> Thread.ofVirtual().name("v").start(() -> virtual[0] = Thread.currentThread().isVirtual()).join());
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(virtual[0]);
        assertTrue(taskNames(result).contains("v"), () -> "tasks: " + taskNames(result));
    }

    @Test
    void platformThreadStartedByMainWithoutJoinStillRuns() {
        // In a JVM, a thread made by main is non-daemon and keeps the JVM alive after main returns.
        RunResult result = Interleave.run(QUIET, () -> {
            Thread worker = new Thread(() -> System.out.println("worker ran"), "unjoined");
            worker.start();
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(List.of("worker ran"), result.output());
        assertTrue(taskNames(result).contains("unjoined"), () -> "tasks: " + taskNames(result));
    }

    @Test
    void daemonPlatformThreadDoesNotKeepTheRunAlive() {
        RunResult result = Interleave.run(QUIET, () -> {
            Thread daemon = new Thread(() -> System.out.println("daemon ran"), "daemon");
            daemon.setDaemon(true);
            daemon.start();
            System.out.println("main done");
        });
        assertTrue(result.passed(), () -> describe(result));
        // main never gives up control before it ends, and then no non-daemon task is left
        assertEquals(List.of("main done"), result.output());
    }

    @Test
    void platformThreadMadeByMainIsNonDaemonFromTheStart() {
        RunResult result = Interleave.run(QUIET, () -> {
            Thread worker = new Thread(() -> System.out.println("worker daemon " + Thread.currentThread().isDaemon()));
            System.out.println("before start daemon " + worker.isDaemon());
            worker.start();
            System.out.println("after start daemon " + worker.isDaemon());
            worker.join();
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(List.of("before start daemon false", "after start daemon false", "worker daemon false"),
                result.output());
    }

    @Test
    void commonPoolFirstUsedInsideARunStillWorksInLaterRuns() throws Exception {
        // Needs a JVM in which nothing has used CompletableFuture yet, so it runs in a new one.
        FreshJvm.Outcome outcome = FreshJvm.run(FreshJvmDriver.class, Duration.ofSeconds(30), "supplyAsync");
        assertTrue(outcome.finished(), () -> "the child JVM hung: " + outcome.lines());
        assertEquals(List.of("run 1: pass [42] in PT0S", "run 2: pass [42] in PT0S", "run 3: pass [42] in PT0S", "outside a run: 42"),
                outcome.lines());
    }

    @Test
    void delayedExecutorCompletesThroughVirtualTime() throws Exception {
        // Its delay scheduler is a JDK thread that parks with Unsafe.park, which once blocked the
        // scheduler's own thread: run it in a new JVM, so that a hang cannot take this one down.
        FreshJvm.Outcome outcome = FreshJvm.run(FreshJvmDriver.class, Duration.ofSeconds(30), "delayedExecutor");
        assertTrue(outcome.finished(), () -> "the child JVM hung: " + outcome.lines());
        assertEquals(List.of("run 1: pass [42] in PT3S", "run 2: pass [42] in PT3S", "run 3: pass [42] in PT3S", "outside a run: 42"),
                outcome.lines());
    }

    // ---- helpers ----

    private static Arguments capture(String way, String workerTask, List<String> output, Duration atLeast,
                                     Interleave.Body body) {
        return Arguments.of(Named.of(way, new Capture(body, workerTask, output, atLeast)));
    }

    private static void work() {
        System.out.println("work ran");
    }

    private static int workValue() {
        work();
        return 42;
    }

    private static void submitAndShutdown(ExecutorService executor) throws Exception {
        System.out.println(executor.submit(CapturePathsTest::workValue).get());
        executor.shutdown(); // else its idle non-daemon workers keep the run alive
    }

    private static final class WorkerThread extends Thread {
        WorkerThread() {
            super("subclass-worker");
        }

        @Override
        public void run() {
            work();
        }
    }

    static Set<String> taskNames(RunResult result) {
        Set<String> names = new LinkedHashSet<>();
        for (Step step : result.trace().steps()) {
            names.add(step.task());
        }
        return names;
    }

    static String describe(RunResult result) {
        return (result.verdict() instanceof Failure failure ? failure.summary() : "passed")
                + "\n" + result.trace().render();
    }
}
