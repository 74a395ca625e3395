package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A run's clock is virtual: it stands still while any task can run and jumps to the next timer
 * when none can. Sleeps and timed waits therefore take no wall time, time as the program reads
 * it advances by exactly what it waited, and timeouts fire in a deterministic order.
 *
 * <p>The clock reads below are in this test class, which the agent instruments like program code,
 * so inside a controlled task they read the run's virtual clock.
 */
// A safety net against a hang only (an hour of real sleep would trip it): no assertion here
// depends on wall-clock time.
@Timeout(60)
class VirtualTimeTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);
    private static final long SECOND = 1_000_000_000L;

    @Test
    void sleepingAnHourTakesAnHourOfVirtualTime() {
        RunResult result = Interleave.run(QUIET, () -> Thread.sleep(Duration.ofHours(1)));
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(result.virtualNanos() >= Duration.ofHours(1).toNanos(),
                () -> "virtual time " + result.virtualNanos() + " ns");
    }

    @Test
    void everyClockAdvancesByExactlyTheSleptAmount() {
        Duration slept = Duration.ofMinutes(90).plusNanos(7);
        AtomicLong nanoTime = new AtomicLong();
        AtomicLong currentTimeMillis = new AtomicLong();
        AtomicReference<Duration> instantNow = new AtomicReference<>();
        RunResult result = Interleave.run(QUIET, () -> {
            long nanoStart = System.nanoTime();
            long millisStart = System.currentTimeMillis();
            Instant instantStart = Instant.now();
            Thread.sleep(slept);
            nanoTime.set(System.nanoTime() - nanoStart);
            currentTimeMillis.set(System.currentTimeMillis() - millisStart);
            instantNow.set(Duration.between(instantStart, Instant.now()));
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(slept.toNanos(), nanoTime.get(), "System.nanoTime");
        assertEquals(slept.toMillis(), currentTimeMillis.get(), "System.currentTimeMillis");
        assertEquals(slept, instantNow.get(), "Instant.now");
        assertEquals(slept.toNanos(), result.virtualNanos());
    }

    @Test
    void clockStandsStillWhileTasksCanRun() {
        // Yields, starts and joins between tasks take no virtual time: only waiting does.
        AtomicLong elapsed = new AtomicLong(-1);
        RunResult result = Interleave.run(QUIET, () -> {
            long start = System.nanoTime();
            Thread other = Thread.ofVirtual().start(Thread::yield);
            Thread.yield();
            other.join();
            elapsed.set(System.nanoTime() - start);
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(0, elapsed.get());
        assertEquals(0, result.virtualNanos());
    }

    @Test
    void latchAwaitThatTimesOutReturnsFalseAfterExactlyTheTimeout() {
        AtomicBoolean counted = new AtomicBoolean(true);
        AtomicLong elapsed = new AtomicLong();
        RunResult result = Interleave.run(QUIET, () -> {
            long start = System.nanoTime();
            counted.set(new CountDownLatch(1).await(5, TimeUnit.SECONDS));
            elapsed.set(System.nanoTime() - start);
        });
        assertTrue(result.passed(), () -> describe(result));
        assertFalse(counted.get(), "await returned true for a latch nobody counted down");
        assertEquals(5 * SECOND, elapsed.get());
    }

    @Test
    void timeoutThatDoesNotFireDoesNotMoveTheClock() {
        // The latch opens after 1 s; the 5 s timeout is disarmed and must not advance the clock.
        AtomicBoolean counted = new AtomicBoolean();
        RunResult result = Interleave.run(QUIET, () -> {
            CountDownLatch latch = new CountDownLatch(1);
            Thread.ofVirtual().start(() -> {
                sleep(Duration.ofSeconds(1));
                latch.countDown();
            });
            counted.set(latch.await(5, TimeUnit.SECONDS));
        });
        assertTrue(result.passed(), () -> describe(result));
        assertTrue(counted.get());
        assertEquals(SECOND, result.virtualNanos());
    }

    @Test
    void tryLockOnAHeldLockTimesOut() {
        AtomicBoolean acquired = new AtomicBoolean(true);
        AtomicLong elapsed = new AtomicLong();
        RunResult result = Interleave.run(QUIET, () -> {
            ReentrantLock lock = new ReentrantLock();
            lock.lock();
            try {
                Thread contender = Thread.ofPlatform().name("contender").start(() -> {
                    long start = System.nanoTime();
                    try {
                        acquired.set(lock.tryLock(1, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    elapsed.set(System.nanoTime() - start);
                });
                contender.join();
            } finally {
                lock.unlock();
            }
        });
        assertTrue(result.passed(), () -> describe(result));
        assertFalse(acquired.get(), "tryLock acquired a lock held by another task");
        assertEquals(SECOND, elapsed.get());
    }

    @Test
    void pollOnAnEmptyQueueTimesOut() {
        AtomicReference<String> polled = new AtomicReference<>("not polled");
        AtomicLong elapsed = new AtomicLong();
        RunResult result = Interleave.run(QUIET, () -> {
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            long start = System.nanoTime();
            polled.set(queue.poll(2, TimeUnit.SECONDS));
            elapsed.set(System.nanoTime() - start);
        });
        assertTrue(result.passed(), () -> describe(result));
        assertNull(polled.get());
        assertEquals(2 * SECOND, elapsed.get());
    }

    @Test
    void objectWaitWithATimeoutReturnsAfterTheTimeout() {
        AtomicLong elapsed = new AtomicLong();
        RunResult result = Interleave.run(QUIET, () -> {
            Object monitor = new Object();
            long start = System.nanoTime();
            synchronized (monitor) {
                monitor.wait(1000); // nobody notifies
            }
            elapsed.set(System.nanoTime() - start);
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(SECOND, elapsed.get());
        assertTrue(result.trace().steps().stream().anyMatch(step -> step.kind() == PointKind.WAIT),
                () -> result.trace().render());
    }

    @Test
    void timedJoinReturnsAtTheTimeoutWhileTheThreadRunsOn() {
        AtomicLong elapsed = new AtomicLong();
        AtomicBoolean aliveAfterTimedJoin = new AtomicBoolean();
        RunResult result = Interleave.run(QUIET, () -> {
            Thread sleeper = Thread.ofPlatform().name("sleeper").start(() -> sleep(Duration.ofSeconds(5)));
            long start = System.nanoTime();
            sleeper.join(1000);
            elapsed.set(System.nanoTime() - start);
            aliveAfterTimedJoin.set(sleeper.isAlive());
            sleeper.join();
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(SECOND, elapsed.get());
        assertTrue(aliveAfterTimedJoin.get(), "the sleeper ended before its 5 s sleep was over");
        assertEquals(5 * SECOND, result.virtualNanos());
    }

    @Test
    void timeoutsFireInDeadlineOrder() {
        RunResult result = Interleave.run(QUIET, () -> {
            List<Thread> sleepers = new ArrayList<>();
            for (int seconds : new int[] {3, 1, 2}) {
                sleepers.add(Thread.ofPlatform().name("sleeps-" + seconds).start(() -> {
                    sleep(Duration.ofSeconds(seconds));
                    System.out.println(seconds);
                }));
            }
            for (Thread sleeper : sleepers) {
                sleeper.join();
            }
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(List.of("1", "2", "3"), result.output());
        assertEquals(3 * SECOND, result.virtualNanos());
    }

    @Test
    void equalDeadlinesWakeInTheOrderTheyWereSet() {
        // A, B and C start in that order, but set their 1 s timers in the order C, B, A: A yields
        // twice first, B once, C not at all. The clock does not move during yields, so all three
        // deadlines are equal and only the order they were set in can decide.
        RunResult result = Interleave.run(QUIET, () -> {
            List<Thread> sleepers = new ArrayList<>();
            String[] names = {"A", "B", "C"};
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                int yieldsFirst = names.length - 1 - i;
                sleepers.add(Thread.ofVirtual().name(name).start(() -> {
                    for (int y = 0; y < yieldsFirst; y++) {
                        Thread.yield();
                    }
                    sleep(Duration.ofSeconds(1));
                    System.out.println(name);
                }));
            }
            for (Thread sleeper : sleepers) {
                sleeper.join();
            }
        });
        assertTrue(result.passed(), () -> describe(result));
        assertEquals(List.of("C", "B", "A"), result.output());
        assertEquals(SECOND, result.virtualNanos());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(RunResult result) {
        return (result.verdict() instanceof Failure failure ? failure.summary() : "passed")
                + "\n" + result.trace().render();
    }
}
