package dev.interleave.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Event;
import dev.interleave.FreshJvm;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.testprograms.InstrumentedMapDriver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A JDK class named to instrument is the program's own code for the runs that name it, and only
 * for the program's use of it: Interleave's own scheduler uses the JDK's collections on the tasks'
 * threads too. (The bug it shows, in {@code ConcurrentLinkedDeque}, is the examples' {@code
 * ConcurrentLinkedDequeBug}, tested there.)
 */
// A safety net against a hang only (Interleave's own use of an instrumented class, counted, would
// hang the scheduler): no assertion here depends on wall-clock time.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InstrumentedJdkClassTest {

    @Test
    void interleavesOwnUseOfAnInstrumentedClassIsNeverAPoint() {
        // The scheduler queues woken tasks in a ConcurrentLinkedQueue, on the waker's thread: with that
        // class instrumented, the run must still be exactly the run without it.
        Interleave.Body body = () -> {
            AtomicInteger count = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(2);
            Thread first = new Thread(() -> {
                count.incrementAndGet();
                started.countDown();
            });
            Thread second = new Thread(() -> {
                count.incrementAndGet();
                started.countDown();
            });
            first.start();
            second.start();
            started.await();
            first.join();
            second.join();
        };
        RunOptions options = RunOptions.defaults().withEchoOutput(false).withRecordLocations(true).withMode(Mode.PREEMPTIVE);
        RunResult plain = Interleave.run(options, body);
        RunResult instrumented = Interleave.run(options.withInstrument(
                List.of("java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentHashMap")), body);
        assertTrue(instrumented.passed(), instrumented.verdict().toString());
        assertEquals(details(plain), details(instrumented));
        assertEquals(List.of(), instrumented.races());
    }

    @Test
    void theProgramsOwnUseOfAnInstrumentedClassIsWatched() {
        RunResult run = Interleave.run(RunOptions.defaults().withEchoOutput(false).withRecordLocations(true)
                .withMode(Mode.SYNC).withInstrument(List.of("java.util.concurrent.ConcurrentLinkedQueue")), () -> {
                    ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
                    Thread producer = new Thread(() -> queue.add(1));
                    producer.start();
                    queue.poll();
                    producer.join();
                });
        assertTrue(run.passed(), run.verdict().toString());
        assertTrue(details(run).stream().anyMatch(point -> (point.kind() == Event.Kind.VOLATILE_READ
                || point.kind() == Event.Kind.VOLATILE_WRITE) && point.field().startsWith("ConcurrentLinkedQueue")),
                details(run).toString());
    }

    @Test
    void theJdksOwnUseOfAnInstrumentedClassIsNeverAPoint() throws Exception {
        // Linking a lambda interns method types in a ConcurrentHashMap: counted as the program's, a
        // task stopped there, pinned inside the linkage, and the first execution ended as a false
        // "blocked while pinned" (sync) or a BootstrapMethodError (cooperative, preemptive). The
        // agent's transformers, run on a task's thread when it loads a class, use the map class too:
        // counted, the first run took more steps than the second. Only a fresh JVM links those
        // lambdas and loads those classes inside a run.
        FreshJvm.Outcome outcome = FreshJvm.run(InstrumentedMapDriver.class, Duration.ofSeconds(100), "200");
        assertTrue(outcome.finished(), () -> "the child JVM hung: " + outcome.lines());
        assertEquals(List.of("the same steps twice: true", "map watched: true", "sync: 200 schedules passed",
                "cooperative: 200 schedules passed", "preemptive: 200 schedules passed"), outcome.lines());
    }

    @Test
    void onlyJdkClassesThatInterleaveDoesNotRunOnCanBeInstrumented() {
        for (String name : List.of("java.util.concurrent.NoSuchDeque", "java.lang.Thread",
                "java.util.concurrent.ForkJoinPool", "dev.interleave.modes.InstrumentedJdkClassTest")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Interleave.run(
                    RunOptions.defaults().withEchoOutput(false).withInstrument(List.of(name)), () -> { }));
            assertTrue(refused.getMessage().contains(name), refused.getMessage());
        }
    }

    private static List<Event> details(RunResult result) {
        return result.trace().steps().stream().map(Step::point).toList();
    }
}
