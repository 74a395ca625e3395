package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A hang that only timeouts keep going (ExecutorService.close waiting a day at a time for a task
 * that never ends) is a deadlock, found at once with the blocked tasks' stacks; before, it ran a
 * million steps and was called a livelock, with no stack. Programs whose timed waits do end are not
 * hangs, however often they time out.
 */
class TimeoutHangsTest {

    private static final RunOptions QUIET = RunOptions.defaults().withEchoOutput(false);

    @Test
    void closingAPoolWhoseTaskNeverEndsIsADeadlock() {
        RunResult result = Interleave.run(QUIET, () -> {
            CountDownLatch never = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                pool.submit(() -> {
                    never.await();
                    return null;
                });
            }
        });
        var deadlock = assertInstanceOf(Failure.Deadlock.class, result.verdict());
        assertTrue(deadlock.summary().contains("main waits for ") && deadlock.summary().contains("timed out and waited again"),
                deadlock.summary());
        assertTrue(deadlock.summary().contains("waits for CountDownLatch"), deadlock.summary());
        BlockedTask main = deadlock.tasks().getFirst();
        assertTrue(main.stack().stream().anyMatch(frame -> frame.getMethodName().equals("close")), main.stack().toString());
        assertTrue(result.trace().size() < 10_000, "steps: " + result.trace().size());
    }

    @Test
    void aPollThatGivesUpAfterManyShortTimeoutsIsNoHang() {
        RunResult result = Interleave.run(QUIET, () -> {
            CountDownLatch never = new CountDownLatch(1);
            int tries = 0;
            while (!never.await(1, TimeUnit.MILLISECONDS) && ++tries < 500) {
                // poll
            }
            System.out.println("gave up after " + tries);
        });
        assertTrue(result.passed(), result.verdict().toString());
        assertEquals(List.of("gave up after 500"), result.output());
    }

    @Test
    void aPeriodicTaskThatCountsForWeeksIsNoHang() {
        RunResult result = Interleave.run(QUIET, () -> {
            AtomicInteger ticks = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            // 500 hourly ticks, the same steps each time: three weeks of waiting, then the program goes on.
            timer.scheduleAtFixedRate(() -> {
                if (ticks.incrementAndGet() == 500) {
                    done.countDown();
                }
            }, 1, 1, TimeUnit.HOURS);
            done.await();
            timer.shutdownNow();
            System.out.println("ticks: " + ticks.get());
        });
        assertTrue(result.passed(), result.verdict().toString());
        assertEquals(List.of("ticks: 500"), result.output());
    }
}
