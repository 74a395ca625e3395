package dev.interleave;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Program code's monitors are modelled by the runtime: a task waiting for a monitor or a notify
 * blocks in Interleave's scheduler, with the JVM's semantics (exclusion, re-entry, wait releasing
 * and re-entering, notify order, timeouts on the virtual clock, interrupts). This class is itself
 * program code: the agent instruments it.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(300)
class MonitorModelTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);

    /** A counter whose update spans a scheduling point, guarded by a synchronized method. */
    static final class SlowCounter {
        private int value;

        synchronized void increment() throws InterruptedException {
            int read = value;
            Thread.sleep(1);
            value = read + 1;
        }

        int value() {
            synchronized (this) {
                return value;
            }
        }
    }

    @Test
    void synchronizedMethodsAndBlocksExcludeEachOtherAcrossBlockingCallsUnderEverySchedule() {
        // DFS visits every order in which the three tasks can contend; the sleep inside the
        // monitor is a scheduling point, so a lost update would be found if exclusion failed.
        Exploration exploration = Interleave.explore("counter",
                ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(10_000), () -> {
                    SlowCounter counter = new SlowCounter();
                    List<Thread> threads = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        threads.add(Thread.ofVirtual().start(() -> {
                            try {
                                counter.increment();
                            } catch (InterruptedException e) {
                                throw new AssertionError(e);
                            }
                        }));
                    }
                    for (Thread thread : threads) {
                        thread.join();
                    }
                    assertEquals(3, counter.value());
                });
        assertTrue(exploration.passed(), () -> exploration.toString());
        assertTrue(exploration.exhausted(), "the space of three contending tasks is small");
        assertTrue(exploration.schedulesRun() > 1, "tasks must have contended for the monitor");
    }

    @Test
    void aTaskWaitingToEnterIsAMonitorStepNamingTheMonitor() {
        Object lock = new Object();
        RunResult result = Interleave.run(QUIET, () -> {
            Thread holder;
            synchronized (lock) {
                holder = Thread.ofVirtual().name("entrant").start(() -> {
                    synchronized (lock) {
                        assertTrue(Thread.holdsLock(lock));
                    }
                });
                Thread.yield();
                assertTrue(Thread.holdsLock(lock));
            }
            assertFalse(Thread.holdsLock(lock));
            holder.join();
        });
        assertTrue(result.passed(), () -> result.verdict() + "\n" + result.trace().render());
        Step blocked = result.trace().steps().stream()
                .filter(step -> step.task().equals("entrant") && step.kind() == PointKind.MONITOR)
                .findFirst().orElseThrow(() -> new AssertionError(result.trace().render()));
        assertEquals(Event.Kind.MONITOR_BLOCK, blocked.point().kind(), blocked.toString());
        assertTrue(blocked.point().object().startsWith("Object#"), blocked.toString());
    }

    @Test
    void waitAndNotifyHandTheMonitorBackAndForth() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            int[] turn = {0};
            List<String> log = new ArrayList<>();
            Thread ping = Thread.ofVirtual().name("ping").start(() -> play(lock, turn, 0, "ping", log));
            Thread pong = Thread.ofVirtual().name("pong").start(() -> play(lock, turn, 1, "pong", log));
            ping.join();
            pong.join();
            assertEquals(List.of("ping", "pong", "ping", "pong", "ping", "pong"), log);
        });
        assertTrue(result.passed(), () -> result.verdict() + "\n" + result.trace().render());
        long waits = result.trace().steps().stream().filter(step -> step.kind() == PointKind.WAIT).count();
        assertTrue(waits >= 3, "the players must have waited for each other:\n" + result.trace().render());
    }

    private static void play(Object lock, int[] turn, int me, String name, List<String> log) {
        synchronized (lock) {
            for (int round = 0; round < 3; round++) {
                while (turn[0] != me) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
                log.add(name);
                turn[0] = 1 - me;
                lock.notifyAll();
            }
        }
    }

    @Test
    void notifyWakesWaitersInTheOrderTheyBeganToWait() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            List<String> woke = new ArrayList<>();
            List<Thread> waiters = new ArrayList<>();
            for (String name : List.of("first", "second", "third")) {
                waiters.add(Thread.ofVirtual().name(name).start(() -> {
                    synchronized (lock) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                        woke.add(name);
                    }
                }));
            }
            Thread.sleep(10); // all three are waiting now
            for (int i = 0; i < 3; i++) {
                synchronized (lock) {
                    lock.notify();
                }
                Thread.sleep(10);
            }
            for (Thread waiter : waiters) {
                waiter.join();
            }
            assertEquals(List.of("first", "second", "third"), woke);
        });
        assertTrue(result.passed(), () -> result.verdict() + "\n" + result.trace().render());
    }

    @Test
    void aTimedWaitEndsOnTheVirtualClockAndReentersTheMonitor() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            synchronized (lock) {
                long start = System.nanoTime();
                lock.wait(5_000);
                assertEquals(TimeUnit.SECONDS.toNanos(5), System.nanoTime() - start);
                assertTrue(Thread.holdsLock(lock));
            }
        });
        assertTrue(result.passed(), () -> result.verdict().toString());
        assertEquals(TimeUnit.SECONDS.toNanos(5), result.virtualNanos());
    }

    @Test
    void anInterruptEndsAWaitWithInterruptedExceptionOnceTheMonitorIsBack() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            boolean[] outcome = new boolean[2];
            Thread waiter = Thread.ofVirtual().start(() -> {
                synchronized (lock) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        outcome[0] = Thread.holdsLock(lock);
                        outcome[1] = true;
                    }
                }
            });
            Thread.yield(); // the waiter waits
            synchronized (lock) {
                waiter.interrupt();
                Thread.yield(); // it cannot leave wait while the monitor is held here
                assertFalse(outcome[1]);
            }
            waiter.join();
            assertTrue(outcome[1], "the wait ended by its interruption");
            assertTrue(outcome[0], "the monitor was re-entered before the exception");
        });
        assertTrue(result.passed(), () -> result.verdict() + "\n" + result.trace().render());
    }

    @Test
    void anInterruptDoesNotEndAnEntryButStaysSet() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            boolean[] interruptedInside = {false};
            Thread entrant;
            synchronized (lock) {
                entrant = Thread.ofVirtual().start(() -> {
                    synchronized (lock) {
                        interruptedInside[0] = Thread.currentThread().isInterrupted();
                    }
                });
                Thread.yield(); // the entrant blocks on the monitor
                entrant.interrupt();
                Thread.yield(); // and stays blocked
            }
            entrant.join();
            assertTrue(interruptedInside[0]);
        });
        assertTrue(result.passed(), () -> result.verdict() + "\n" + result.trace().render());
    }

    @Test
    void waitOrNotifyWithoutTheMonitorThrowsAsInTheJvm() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            try {
                lock.notify();
                throw new AssertionError("notify without the monitor");
            } catch (IllegalMonitorStateException expected) {
                // as the JVM does
            }
            try {
                lock.wait();
                throw new AssertionError("wait without the monitor");
            } catch (IllegalMonitorStateException expected) {
                // as the JVM does
            }
        });
        assertTrue(result.passed(), () -> result.verdict().toString());
    }

    @Test
    void aWaitThatNoOneNotifiesIsADeadlockNamingTheMonitor() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object lock = new Object();
            synchronized (lock) {
                lock.wait();
            }
        });
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict());
        assertTrue(deadlock.tasks().getFirst().waitsFor().startsWith("a notify on Object#"),
                deadlock.tasks().getFirst().waitsFor());
    }

    @Test
    void staticSynchronizedMethodsLockTheClass() {
        RunResult result = Interleave.run(QUIET, () -> {
            Thread other;
            synchronized (MonitorModelTest.class) {
                other = Thread.ofVirtual().name("other").start(MonitorModelTest::staticallySynchronized);
                Thread.yield();
            }
            other.join();
        });
        assertTrue(result.passed(), () -> result.verdict().toString());
        assertTrue(result.trace().steps().stream()
                        .anyMatch(step -> step.task().equals("other") && step.kind() == PointKind.MONITOR),
                () -> "other must have waited for the class's monitor:\n" + result.trace().render());
    }

    @Test
    void instrumentedMonitorsStayCompilableByTheJit() throws Exception {
        // HotSpot refuses to compile a method whose monitorexit it cannot match to its
        // monitorenter ("unbalanced monitors"), which would leave the program's code interpreted.
        FreshJvm.Outcome outcome = FreshJvm.run(List.of("-XX:+PrintCompilation", "-XX:-BackgroundCompilation"),
                dev.interleave.testprograms.HotMonitors.class, java.time.Duration.ofSeconds(120));
        assertTrue(outcome.finished() && outcome.lines().contains("count 400000"), () -> String.join("\n", outcome.lines()));
        List<String> hot = outcome.lines().stream().filter(line -> line.contains("HotMonitors::")).toList();
        assertTrue(hot.stream().noneMatch(line -> line.contains("unbalanced monitors")), () -> String.join("\n", hot));
        // A PrintCompilation line starts with a time stamp and the compilation's id; a skipped
        // compilation prints its id twice, the second time with the reason.
        java.util.Set<String> skipped = hot.stream().filter(line -> line.contains("COMPILE SKIPPED"))
                .map(line -> line.trim().split("\\s+")[1]).collect(java.util.stream.Collectors.toSet());
        for (String method : List.of("HotMonitors::increment", "HotMonitors::handOff")) {
            assertTrue(hot.stream().anyMatch(line -> line.contains(method)
                            && !skipped.contains(line.trim().split("\\s+")[1])),
                    () -> method + " was never compiled:\n" + String.join("\n", hot));
        }
    }

    private static synchronized void staticallySynchronized() {
        assertTrue(Thread.holdsLock(MonitorModelTest.class));
    }
}
