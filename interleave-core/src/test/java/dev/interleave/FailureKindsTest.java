package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interleave.testprograms.BlockingStaticInit;
import dev.interleave.testprograms.ExitWithStatus;
import dev.interleave.testprograms.FailingAssertion;
import dev.interleave.testprograms.MonitorDeadlock;
import dev.interleave.testprograms.Spins;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each way a run can fail is reported as its own Failure, naming the task and what it did, and
 * none of them takes the test JVM down or hangs it.
 *
 * <p>The code that exits, spins or deadlocks on monitors lives in {@code dev.interleave.testprograms}
 * and runs as a Program or is called from a run: were instrumentation ever missing, a System.exit
 * or a spin written in a test class would end or hang the test JVM instead of failing a test.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(60)
class FailureKindsTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    // ---- uncaught exceptions ----

    @Test
    void exceptionEscapingAPlatformThreadNamesThatThread() {
        IllegalStateException boom = new IllegalStateException("boom");
        RunResult result = Interleave.run(QUIET, () -> Thread.ofPlatform().name("worker").start(() -> {
            throw boom;
        }).join());
        var failure = assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        assertEquals("worker", failure.task());
        assertSame(boom, failure.error());
    }

    @Test
    void exceptionEscapingAVirtualThreadNamesThatThread() {
        RunResult result = Interleave.run(QUIET, () -> {
            Thread.ofVirtual().name("virtual-worker").start(() -> {
                throw new ArithmeticException("divided by zero");
            }).join();
        });
        var failure = assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        assertEquals("virtual-worker", failure.task());
        assertInstanceOf(ArithmeticException.class, failure.error());
        assertEquals("divided by zero", failure.error().getMessage());
    }

    @Test
    void exceptionThrownByTheBodyIsMains() {
        Exception thrown = new java.io.IOException("from the body");
        RunResult result = Interleave.run(QUIET, () -> {
            throw thrown;
        });
        var failure = assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        assertEquals("main", failure.task());
        assertSame(thrown, failure.error());
    }

    // ---- Interleave's own failures are never the program's ----

    @Test
    void interleavesOwnFaultInATaskEndsTheRunWithTheFaultNotAVerdict() {
        InterleaveFault fault = new InterleaveFault("the runtime broke");
        InterleaveFault thrown = org.junit.jupiter.api.Assertions.assertThrows(InterleaveFault.class,
                () -> Interleave.run(QUIET, () -> Thread.ofVirtual().name("worker").start(() -> {
                    // A program that wraps what it caught still must not turn it into its own failure.
                    throw new IllegalStateException("wrapped by the program", fault);
                }).join()));
        assertSame(fault, thrown);
    }

    @Test
    void failedAssertStatementInAProgramIsAnUncaughtAssertionError() {
        // The program class loader enables assertions, whatever the JVM's -ea says.
        RunResult result = Interleave.runMain(program(FailingAssertion.class), new String[0], QUIET);
        var failure = assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        assertEquals("main", failure.task());
        assertInstanceOf(AssertionError.class, failure.error());
        assertEquals("balance went negative: -5", failure.error().getMessage());
        assertEquals(List.of(), result.output());
    }

    // ---- System.exit ----

    @Test
    void nonZeroExitIsAFailureAndTheJvmSurvives() {
        RunResult result = Interleave.runMain(program(ExitWithStatus.class), new String[] {"3"}, QUIET);
        var failure = assertInstanceOf(Failure.NonZeroExit.class, result.verdict());
        assertEquals(3, failure.status());
        assertEquals("main", failure.task());
        assertTrue(failure.stack().stream().anyMatch(frame -> frame.getClassName().equals(ExitWithStatus.class.getName())),
                () -> "the stack does not show the exit call: " + failure.stack());
        assertEquals(List.of("before exit"), result.output(), "code after System.exit ran");
        // Reaching this line is the JVM surviving; a second run shows the runtime is still usable.
        assertTrue(Interleave.run(QUIET, () -> { }).passed());
    }

    @Test
    void exitZeroEndsTheRunAndPasses() {
        RunResult result = Interleave.runMain(program(ExitWithStatus.class), new String[] {"0"}, QUIET);
        assertInstanceOf(Verdict.Pass.class, result.verdict());
        assertEquals(List.of("before exit"), result.output(), "code after System.exit(0) ran");
    }

    @Test
    void exitFromAnotherTaskNamesThatTaskAndStopsMainToo() {
        RunResult result = Interleave.runMain(program(ExitWithStatus.class), new String[] {"4", "worker"}, QUIET);
        var failure = assertInstanceOf(Failure.NonZeroExit.class, result.verdict());
        assertEquals(4, failure.status());
        assertEquals("exiter", failure.task());
        assertEquals(List.of("before exit"), result.output(), "code after System.exit ran");
    }

    // ---- deadlocks ----

    @Test
    void locksTakenInOppositeOrdersDeadlock() {
        RunResult result = Interleave.run(QUIET, () -> {
            ReentrantLock left = new ReentrantLock();
            ReentrantLock right = new ReentrantLock();
            Thread a = Thread.ofPlatform().name("A").start(() -> lockBoth(left, right));
            Thread b = Thread.ofPlatform().name("B").start(() -> lockBoth(right, left));
            a.join();
            b.join();
        });
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict());
        BlockedTask a = blocked(deadlock, "A");
        BlockedTask b = blocked(deadlock, "B");
        assertTrue(a.waitsFor().startsWith("ReentrantLock"), a.waitsFor());
        assertTrue(b.waitsFor().startsWith("ReentrantLock"), b.waitsFor());
        assertNotEquals(a.waitsFor(), b.waitsFor(), "each waits for the other's lock");
        assertEquals("B", a.heldBy());
        assertEquals("A", b.heldBy());
        assertTrue(a.stack().stream().anyMatch(frame -> frame.getMethodName().equals("lockBoth")),
                () -> "A's stack does not show where it blocked: " + a.stack());
        blocked(deadlock, "main"); // joining A
        assertTrue(deadlock.summary().contains("A waits for " + a.waitsFor() + " held by B"), deadlock.summary());
    }

    @Test
    void monitorsTakenInOppositeOrdersDeadlock() {
        RunResult result = Interleave.runMain(program(MonitorDeadlock.class), new String[0], QUIET);
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict());
        BlockedTask a = blocked(deadlock, "A");
        BlockedTask b = blocked(deadlock, "B");
        assertTrue(a.waitsFor().startsWith("monitor "), a.waitsFor());
        assertTrue(b.waitsFor().startsWith("monitor "), b.waitsFor());
        assertNotEquals(a.waitsFor(), b.waitsFor(), "each waits for the other's monitor");
        assertEquals("B", a.heldBy());
        assertEquals("A", b.heldBy());
        assertEquals(List.of(), result.output());
    }

    @Test
    void waitingForeverOnALatchIsADeadlock() {
        RunResult result = Interleave.run(QUIET, () -> new CountDownLatch(1).await());
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict());
        assertEquals(1, deadlock.tasks().size(), () -> deadlock.tasks().toString());
        BlockedTask main = blocked(deadlock, "main");
        assertTrue(main.waitsFor().startsWith("CountDownLatch"), main.waitsFor());
        assertNull(main.heldBy(), "a latch has no owner");
    }

    // ---- limits ----

    @Test
    void aSpinOnAVolatileFieldGivesWayAfterALongLoopAndEnds() {
        // On a real JVM the setter runs on another core; here the spinner is preempted, as an OS would.
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000), Spins::spinOnVolatileField);
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(result.trace().steps().stream().anyMatch(step -> step.operation().startsWith("preempted in a loop")),
                () -> result.trace().render());
    }

    @Test
    void aSpinOnAPlainFieldEndsTooAndIsADataRace() {
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000), Spins::spinOnPlainField);
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(result.races().stream().anyMatch(race -> race.location().contains("plainFlag")), result.races().toString());
    }

    @Test
    void aBusyRetryUnderAMonitorEndsOnceTheOtherTaskRuns() {
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000), Spins::retryUntilAnotherIsDone);
        assertTrue(result.passed(), () -> describe(result));
    }

    @Test
    void aSpinThatNoOtherTaskCanEndExceedsTheLoopLimit() {
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000), Spins::spinAlone);
        assertSpinReported(result, "spinAlone");
    }

    @Test
    void spinWaitWithOnSpinWaitHandsOffAndPasses() {
        AtomicInteger spins = new AtomicInteger(-1);
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000),
                () -> spins.set(Spins.spinWithOnSpinWait()));
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(spins.get() >= 1, "the setter ran before main spun at all: the test proves nothing");
        assertTrue(result.trace().steps().stream().anyMatch(step -> step.task().equals("setter")),
                () -> result.trace().render());
    }

    @Test
    void spinWaitStillHandsOffOnceTheJitHasCompiledIt() {
        // Thread.onSpinWait() is a HotSpot intrinsic: compiled code runs a PAUSE instruction instead
        // of the method body, so the scheduling point must not live only in that body. Get the
        // spin loop compiled outside any run (where a hint does nothing, so this is fast).
        AtomicBoolean never = new AtomicBoolean();
        for (int i = 0; i < 50_000; i++) {
            Spins.spinWaitUntil(never, 100);
        }
        RunResult result = Interleave.run(QUIET.withMaxLoopIterationsPerStep(1_000_000), Spins::handOffWithSpinWaitUntil);
        assertTrue(result.passed(), () -> describe(result));
    }

    @Test
    void livelockExceedsTheStepLimit() {
        // Two polite tasks each take one lock, fail to get the other's with tryLock, back off and
        // retry at once. In lockstep under FIFO they keep running and never get both.
        RunResult result = Interleave.run(QUIET.withMaxSteps(1000), () -> {
            ReentrantLock left = new ReentrantLock();
            ReentrantLock right = new ReentrantLock();
            Thread a = Thread.ofPlatform().name("A").start(() -> politelyLockBoth(left, right));
            Thread b = Thread.ofPlatform().name("B").start(() -> politelyLockBoth(right, left));
            a.join();
            b.join();
        });
        var limit = assertInstanceOf(Failure.LimitExceeded.class, result.verdict(), () -> describe(result));
        assertTrue(limit.limit().contains("1000 steps"), limit.limit());
        assertTrue(List.of("A", "B").contains(limit.task()), limit.task());
        assertEquals(1000, result.trace().size());
    }

    // ---- pinning ----

    @Test
    void blockingInsideAClassInitializerIsPinnedBlocking() {
        RunResult result = Interleave.runMain(program(BlockingStaticInit.class), new String[0], QUIET);
        var pinned = assertInstanceOf(Failure.PinnedBlocking.class, result.verdict());
        assertEquals("main", pinned.task());
        assertTrue(pinned.stack().stream().anyMatch(frame -> frame.getMethodName().equals("<clinit>")),
                () -> "the stack does not show the class initializer: " + pinned.stack());
    }

    // ---- helpers ----

    private static Program program(Class<?> mainClass) {
        return Program.of(List.of(TEST_CLASSES), mainClass.getName());
    }

    private static void lockBoth(ReentrantLock first, ReentrantLock second) {
        first.lock();
        try {
            Thread.yield(); // let the other task take its first lock
            second.lock();
            second.unlock();
        } finally {
            first.unlock();
        }
    }

    private static void politelyLockBoth(ReentrantLock first, ReentrantLock second) {
        while (true) {
            first.lock();
            Thread.yield(); // the other task takes its first lock
            if (second.tryLock()) {
                second.unlock();
                first.unlock();
                return;
            }
            first.unlock(); // back off, and retry without waiting
        }
    }

    private static BlockedTask blocked(Failure.Deadlock deadlock, String task) {
        return deadlock.tasks().stream().filter(t -> t.task().equals(task)).findFirst()
                .orElseGet(() -> fail("task " + task + " is not in the deadlock: " + deadlock.summary()));
    }

    private static void assertSpinReported(RunResult result, String method) {
        var limit = assertInstanceOf(Failure.LimitExceeded.class, result.verdict(), () -> describe(result));
        assertEquals("main", limit.task());
        assertTrue(limit.limit().contains("1000000"), limit.limit());
        assertTrue(limit.stack().stream().anyMatch(frame -> frame.getMethodName().equals(method)),
                () -> "the stack does not show the spin: " + limit.stack());
    }

    private static String describe(RunResult result) {
        return (result.verdict() instanceof Failure failure ? failure.summary() : "passed")
                + "\n" + result.trace().render();
    }
}
