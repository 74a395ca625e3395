package dev.interleave.structures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Mode;
import dev.interleave.RunResult;
import dev.interleave.Strategies;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.linearizability.FailureKind;
import dev.interleave.linearizability.HangError;
import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * An operation that does not complete is a failure of its own (a hang) where a sequential run
 * completes it: a lock-order deadlock between two operations; a lost wake-up of a blocking take,
 * even declared blocking. A correct blocking queue, its take declared blocking, passes every
 * scenario to the end of its space, although many of its runs end with a take blocked for good:
 * in each, no sequential order could have given it an element. Undeclared, the same take blocked
 * for good is a hang, reported with the hint to declare it.
 */
class HangCheckTest {

    /** Two operations that take two locks in opposite orders: each completes alone, together they may deadlock. */
    public static final class LockOrder {
        private final Object a = new Object();
        private final Object b = new Object();
        private int n;

        @Operation
        int ab() {
            synchronized (a) {
                synchronized (b) {
                    return ++n;
                }
            }
        }

        @Operation
        int ba() {
            synchronized (b) {
                synchronized (a) {
                    return ++n;
                }
            }
        }
    }

    /** A blocking queue whose take looks for an element, lets go of the lock, then waits: a put in between is missed. */
    public static final class LostWakeUpQueue {
        private final Deque<Integer> items = new ArrayDeque<>();
        private final Object lock = new Object();

        @Operation
        void put(@Param(gen = IntGen.class, conf = "1:2") int x) {
            synchronized (lock) {
                items.add(x);
                lock.notifyAll();
            }
        }

        @Operation(blocking = true)
        Integer take() throws InterruptedException {
            while (true) {
                synchronized (lock) {
                    if (!items.isEmpty()) {
                        return items.poll();
                    }
                }
                // A put here notifies no one: the wait below misses it.
                synchronized (lock) {
                    lock.wait();
                }
            }
        }
    }

    public static final class BlockingQueueSpec {
        final LinkedBlockingQueue<Integer> q = new LinkedBlockingQueue<>();

        @Operation
        void put(@Param(gen = IntGen.class, conf = "1:2") int x) throws InterruptedException {
            q.put(x);
        }

        @Operation(blocking = true)
        Integer take() throws InterruptedException {
            return q.take();
        }
    }

    /** The same queue, its take not declared blocking. */
    public static final class UndeclaredBlockingQueueSpec {
        final LinkedBlockingQueue<Integer> q = new LinkedBlockingQueue<>();

        @Operation
        void put(@Param(gen = IntGen.class, conf = "1:2") int x) throws InterruptedException {
            q.put(x);
        }

        @Operation
        Integer take() throws InterruptedException {
            return q.take();
        }
    }

    @Test
    void aLockOrderDeadlockIsAHangOfOperationsThatCompleteSequentially() {
        LinearizabilityOptions options = LinearizabilityOptions.defaults(3).withScenarios(30);
        LinearizabilityResult result = Linearizability.check(LockOrder.class, options);
        assertFalse(result.passed(), "the deadlock was not found in " + result.scenariosRun() + " scenarios");
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        assertEquals(FailureKind.HANG, failing.kind());
        // A cycle of monitor waits never breaks: the run reports it as the deadlock it is, at once,
        // rather than after main's day of patience.
        assertInstanceOf(Failure.Deadlock.class, failing.found().failure());
        String message = failing.message();
        assertTrue(message.matches("deadlock: t[01] waits for monitor Object#\\d+ held by t[01]; t[01] waits for monitor"
                + " Object#\\d+ held by t[01]"), message);
        // Shrunk to the two threads that deadlock, one operation each.
        assertEquals(2, failing.scenario().parallel().size(), failing.scenario().lines().toString());
        assertTrue(failing.scenario().parallel().stream().allMatch(c -> c.size() == 1), failing.scenario().lines().toString());
        RunResult replay = Linearizability.replay(LockOrder.class, options, failing.replay());
        assertEquals(failing.found().failure().summary(), ((Failure) replay.verdict()).summary());
    }

    @Test
    void onPlatformThreadsATakeLeftBlockedDoesNotKeepTheRun() {
        // A platform thread that is no daemon would keep the run after main's end: a deadlock, not a pass.
        LinearizabilityResult result = Linearizability.check(BlockingQueueSpec.class, dfs(7, 6).withVirtualThreads(false));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(6, result.scenariosExhausted());
    }

    @Test
    void aLostWakeUpOfABlockingTakeIsAHang() {
        LinearizabilityOptions options = LinearizabilityOptions.defaults(4).withScenarios(30).withSequentialParts(0, 0);
        LinearizabilityResult result = Linearizability.check(LostWakeUpQueue.class, options);
        assertFalse(result.passed(), "the lost wake-up was not found in " + result.scenariosRun() + " scenarios");
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        assertEquals(FailureKind.HANG, failing.kind(), failing.message());
        String message = failing.message();
        assertTrue(message.startsWith("hang: "), message);
        assertTrue(message.contains("take() did not complete; sequentially it does (no order of the operations that"
                + " completed, with their results, leaves it blocked)"), message);
        assertTrue(message.contains("take(): did not complete"), message);
    }

    private static LinearizabilityOptions dfs(long seed, int scenarios) {
        return LinearizabilityOptions.defaults(seed).withScenarios(scenarios).withThreads(2).withOperationsPerThread(2)
                .withSequentialParts(1, 1)
                .withExplore(ExploreOptions.defaults(seed).withMode(Mode.PREEMPTIVE).withStrategy(Strategies.DFS)
                        .withSchedules(100_000).withShrink(false));
    }

    @Test
    void aCorrectBlockingQueueDeclaredBlockingPassesEveryScenarioToTheEndOfItsSpace() {
        LinearizabilityResult result = Linearizability.check(BlockingQueueSpec.class, dfs(7, 12));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(12, result.scenariosExhausted(), "every scenario's schedules were all run");
    }

    @Test
    void theSameTakeUndeclaredIsAHangWithTheHintToDeclareIt() {
        // Without sequential parts: a take that blocks on the main task blocks the run, a deadlock the runtime reports.
        LinearizabilityResult result = Linearizability.check(UndeclaredBlockingQueueSpec.class,
                dfs(7, 12).withSequentialParts(0, 0));
        assertFalse(result.passed(), "no scenario left a take blocked");
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        assertEquals(FailureKind.HANG, failing.kind(), failing.message());
        assertTrue(failing.message().contains("take() did not complete; run alone, in the scenario's order, it does not"
                + " complete either (an operation that blocks by design is declared @Operation(blocking = true))"),
                failing.message());
    }
}
