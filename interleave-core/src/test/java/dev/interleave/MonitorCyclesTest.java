package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Tasks that wait for one another's monitors in a cycle are deadlocked even while other tasks still
 * run: a daemon that wakes on a timer (Derby's store daemon) kept the execution going until the step
 * limit called it a livelock, a million steps later and without the cycle (DERBY-6879's XA timeout
 * deadlock, realworld's gallery.DerbyXaTimeoutDeadlock).
 */
class MonitorCyclesTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);

    @Test
    void aCycleOfMonitorWaitsIsADeadlockWhileADaemonKeepsWaking() {
        RunResult result = Interleave.run(QUIET, () -> {
            Thread daemon = new Thread(MonitorCyclesTest::tickForEver, "ticker");
            daemon.setDaemon(true);
            daemon.start();
            Object orders = new Object();
            Object stock = new Object();
            CountDownLatch bothHeld = new CountDownLatch(2);
            Thread first = Thread.ofVirtual().name("first").start(() -> lockBoth(orders, stock, bothHeld));
            Thread second = Thread.ofVirtual().name("second").start(() -> lockBoth(stock, orders, bothHeld));
            first.join();
            second.join();
        });
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict(), () -> result.verdict().toString());
        assertEquals(List.of("first", "second"), deadlock.tasks().stream().map(BlockedTask::task).sorted().toList(),
                deadlock.summary());
        assertTrue(deadlock.summary().matches("deadlock: (first|second) waits for monitor Object#\\d+ held by (first|second); "
                + "(first|second) waits for monitor Object#\\d+ held by (first|second)"), deadlock.summary());
        assertTrue(result.trace().size() < 1_000, "steps: " + result.trace().size());
    }

    @Test
    void aChainOfMonitorWaitsThatEndsInARunningTaskIsNoDeadlock() {
        RunResult result = Interleave.run(QUIET, () -> {
            Object ledger = new Object();
            Thread holder = Thread.ofVirtual().name("holder").start(() -> {
                synchronized (ledger) {
                    sleepQuietly(50); // holds the monitor across a timed wait: the others queue behind it
                }
            });
            Thread waiter = Thread.ofVirtual().name("waiter").start(() -> {
                synchronized (ledger) {
                    System.out.println("entered");
                }
            });
            holder.join();
            waiter.join();
        });
        assertTrue(result.passed(), () -> result.verdict().toString());
        assertEquals(List.of("entered"), result.output());
    }

    private static void lockBoth(Object mine, Object theirs, CountDownLatch bothHeld) {
        synchronized (mine) {
            bothHeld.countDown();
            try {
                bothHeld.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (theirs) {
                System.out.println("never");
            }
        }
    }

    private static void tickForEver() {
        while (true) {
            sleepQuietly(10);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
