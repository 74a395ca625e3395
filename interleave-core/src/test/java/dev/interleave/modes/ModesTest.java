package dev.interleave.modes;

import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Event;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.PointKind;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What each mode stops at, as the trace of a recorded run shows it. (This package is not
 * {@code dev.interleave}: Interleave's own API classes are not program memory, and are left out.)
 */
class ModesTest {

    static final class Counter {
        int count;
        volatile boolean flag;
    }

    private static RunResult run(Mode mode, Interleave.Body body) {
        return Interleave.run(RunOptions.defaults().withEchoOutput(false).withRecordLocations(true).withMode(mode), body);
    }

    /** The actions the steps of {@code kind} stopped before. */
    private static List<Event> details(RunResult result, PointKind kind) {
        return result.trace().steps().stream().filter(s -> s.kind() == kind).map(Step::point).toList();
    }

    /** Every recorded event, as a trace reads it. */
    private static List<String> events(RunResult result) {
        return result.trace().events().stream().map(Event::text).toList();
    }

    private static void twoIncrements(Counter counter) throws InterruptedException {
        Thread first = new Thread(() -> counter.count++);
        Thread second = new Thread(() -> counter.count++);
        first.start();
        second.start();
        first.join();
        second.join();
    }

    @Test
    void preemptiveTraceShowsEachSharedAccessWithItsValue() {
        // Made inside the run: main is its first user, so both threads' accesses are shared.
        RunResult result = run(Mode.PREEMPTIVE, () -> twoIncrements(new Counter()));
        List<String> accesses = events(result);
        assertTrue(accesses.stream().anyMatch(a -> a.matches("ModesTest\\$Counter#\\d+\\.count ➜ 0")), accesses.toString());
        assertTrue(accesses.stream().anyMatch(a -> a.matches("ModesTest\\$Counter#\\d+\\.count = 1")), accesses.toString());
        // In the order they took effect: the first read of 0 comes before the first write of 1.
        int read = accesses.indexOf(accesses.stream().filter(a -> a.endsWith(".count ➜ 0")).findFirst().orElseThrow());
        int written = accesses.indexOf(accesses.stream().filter(a -> a.endsWith(".count = 1")).findFirst().orElseThrow());
        assertTrue(read < written, accesses.toString());
        Step access = result.trace().steps().stream().filter(s -> s.kind() == PointKind.ACCESS).findFirst().orElseThrow();
        assertTrue(access.location().startsWith("ModesTest.lambda$twoIncrements$"), access.location());
        assertTrue(access.toString().contains("ModesTest.java:"), access.toString());
    }

    @Test
    void cooperativeAndSyncModesDoNotStopAtPlainAccesses() {
        for (Mode mode : List.of(Mode.COOPERATIVE, Mode.SYNC)) {
            Counter counter = new Counter();
            RunResult result = run(mode, () -> twoIncrements(counter));
            assertEquals(List.of(), details(result, PointKind.ACCESS), mode.label());
            assertEquals(2, counter.count, mode.label());
        }
    }

    @Test
    void syncModeStopsAtSynchronizationActions() {
        Counter counter = new Counter();
        AtomicInteger atomic = new AtomicInteger();
        Object lock = new Object();
        RunResult result = run(Mode.SYNC, () -> {
            Thread worker = new Thread(() -> {
                synchronized (lock) {
                    counter.count++;
                }
                atomic.incrementAndGet();
                counter.flag = true;
            });
            worker.start();
            boolean seen = counter.flag;
            worker.join();
        });
        List<String> sync = details(result, PointKind.SYNC).stream().map(Event::text).toList();
        for (String expected : List.of("start Thread-0", "join Thread-0", "enter monitor Object#", "exit monitor Object#",
                "AtomicInteger.incrementAndGet AtomicInteger#", "volatile write ModesTest$Counter#",
                "volatile read ModesTest$Counter#")) {
            assertTrue(sync.stream().anyMatch(d -> d.startsWith(expected)), expected + " not in " + sync);
        }
        List<String> events = events(result);
        assertTrue(events.stream().anyMatch(e -> e.matches("volatile ModesTest\\$Counter#\\d+\\.flag = true")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.matches("volatile ModesTest\\$Counter#\\d+\\.flag ➜ (true|false)")),
                events.toString());
        assertEquals(List.of(), details(run(Mode.COOPERATIVE, () -> {
            Thread worker = new Thread(atomic::incrementAndGet);
            worker.start();
            worker.join();
        }), PointKind.SYNC));
    }

    @Test
    void aLocationOnlyOneTaskTouchesIsNoSchedulingPoint() {
        RunResult result = run(Mode.PREEMPTIVE, () -> {
            Thread busy = new Thread(() -> {
                Counter own = new Counter();
                for (int i = 0; i < 100; i++) {
                    own.count++;
                }
            });
            Thread other = new Thread(Thread::yield);
            busy.start();
            other.start();
            busy.join();
            other.join();
        });
        assertEquals(List.of(), details(result, PointKind.ACCESS));
    }

    @Test
    void onlyPreemptiveModeFindsTheLostUpdate() {
        for (Mode mode : Mode.values()) {
            Exploration e = Interleave.explore("lost update", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS)
                    .withMode(mode).withShrink(false), () -> {
                        Counter counter = new Counter();
                        twoIncrements(counter);
                        if (counter.count != 2) {
                            throw new AssertionError("lost update");
                        }
                    });
            assertEquals(mode == Mode.PREEMPTIVE, e.found().isPresent(), mode.label());
            assertTrue(e.found().isPresent() || e.exhausted(), mode.label());
        }
    }

    @Test
    void everyModeRunsTheSameProgramToTheSameResultUnderFifo() {
        for (Mode mode : Mode.values()) {
            Counter counter = new Counter();
            assertTrue(run(mode, () -> twoIncrements(counter)).passed(), mode.label());
            assertEquals(2, counter.count, mode.label());
        }
    }
}
