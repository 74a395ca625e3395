package dev.interleave.modes;

import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.util.List;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The race detector: unordered conflicting accesses are reported in every mode, ordered ones never. */
class RaceDetectorTest {

    static final class Box {
        int value;
        volatile boolean ready;
        final int[] cells = new int[2];
    }

    private static List<DataRace> races(Mode mode, Interleave.Body body) {
        RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false).withMode(mode), body);
        assertTrue(result.passed(), result.verdict().toString());
        return result.races();
    }

    private static void both(Runnable a, Runnable b) throws InterruptedException {
        Thread first = new Thread(a);
        Thread second = new Thread(b);
        first.start();
        second.start();
        first.join();
        second.join();
    }

    @Test
    void anUnorderedWriteAndReadIsARaceInEveryModeEvenWhenTheRunPasses() {
        for (Mode mode : Mode.values()) {
            Box box = new Box();
            List<DataRace> races = races(mode, () -> both(() -> box.value = 1, () -> {
                int seen = box.value;
            }));
            assertEquals(1, races.size(), mode + ": " + races);
            DataRace race = races.getFirst();
            assertEquals("RaceDetectorTest$Box.value", race.location());
            assertEquals(new DataRace.Field(Box.class.getName(), "value"), race.memory());
            assertEquals(List.of(DataRace.AccessKind.WRITE, DataRace.AccessKind.READ), List.of(race.first().kind(),
                    race.second().kind()));
            assertEquals(List.of("Thread-0", "Thread-1"), List.of(race.first().task(), race.second().task()));
            for (DataRace.Access access : List.of(race.first(), race.second())) {
                assertEquals(RaceDetectorTest.class.getName(), access.at().getClassName(), race.toString());
                assertTrue(access.at().getMethodName().startsWith("lambda$"), race.toString());
                assertEquals("RaceDetectorTest.java", access.at().getFileName(), race.toString());
                assertTrue(access.at().getLineNumber() > 0, race.toString());
            }
            // The text reads as before: "write by Thread-0 at RaceDetectorTest.lambda$...(RaceDetectorTest.java:52)".
            assertTrue(race.first().toString().startsWith("write by Thread-0 at RaceDetectorTest.lambda$"), race.toString());
            assertTrue(race.second().toString().startsWith("read by Thread-1 at RaceDetectorTest.lambda$"), race.toString());
            assertTrue(race.first().toString().endsWith("(RaceDetectorTest.java:" + race.first().at().getLineNumber() + ")"),
                    race.toString());
        }
    }

    @Test
    void arrayElementsAreLocationsOfTheirOwn() {
        Box box = new Box();
        assertEquals(List.of(), races(Mode.COOPERATIVE, () -> both(() -> box.cells[0] = 1, () -> box.cells[1] = 2)));
        Box shared = new Box();
        List<DataRace> races = races(Mode.COOPERATIVE, () -> both(() -> shared.cells[0] = 1, () -> shared.cells[0] = 2));
        assertEquals(1, races.size(), races.toString());
        assertTrue(races.getFirst().location().matches("int\\[]#\\d+\\[0]"), races.toString());
    }

    @Test
    void synchronizationOrdersAccesses() {
        Box monitor = new Box();
        assertEquals(List.of(), races(Mode.SYNC, () -> both(() -> {
            synchronized (monitor) {
                monitor.value++;
            }
        }, () -> {
            synchronized (monitor) {
                monitor.value++;
            }
        })), "synchronized");
        Box locked = new Box();
        ReentrantLock lock = new ReentrantLock();
        assertEquals(List.of(), races(Mode.COOPERATIVE, () -> both(() -> {
            lock.lock();
            try {
                locked.value++;
            } finally {
                lock.unlock();
            }
        }, () -> {
            lock.lock();
            try {
                locked.value++;
            } finally {
                lock.unlock();
            }
        })), "ReentrantLock");
        Box published = new Box();
        assertEquals(List.of(), races(Mode.PREEMPTIVE, () -> both(() -> {
            published.value = 42;
            published.ready = true;
        }, () -> {
            if (published.ready) {
                int seen = published.value;
            }
        })), "volatile publication");
        Box latched = new Box();
        CountDownLatch latch = new CountDownLatch(1);
        assertEquals(List.of(), races(Mode.COOPERATIVE, () -> both(() -> {
            latched.value = 42;
            latch.countDown();
        }, () -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            int seen = latched.value;
        })), "latch");
    }

    @Test
    void startAndJoinOrderAccesses() {
        Box box = new Box();
        assertEquals(List.of(), races(Mode.PREEMPTIVE, () -> {
            box.value = 1;
            Thread child = new Thread(() -> box.value++);
            child.start();
            child.join();
            box.value++;
        }));
    }

    @Test
    void anAtomicFlagOrdersAccesses() {
        Box box = new Box();
        AtomicBoolean done = new AtomicBoolean();
        assertEquals(List.of(), races(Mode.SYNC, () -> both(() -> {
            box.value = 7;
            done.set(true);
        }, () -> {
            if (done.get()) {
                int seen = box.value;
            }
        })));
    }

    @Test
    void anExecutorsFutureOrdersItsTasksWritesBeforeGetInEverySchedule() {
        // The pool's thread may finish the task before get is called: then nothing blocks, and
        // only the future's state orders the write before the read.
        for (Mode mode : Mode.values()) {
            Exploration exploration = Interleave.explore("future", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM)
                    .withSchedules(50).withMode(mode), () -> {
                        Box box = new Box();
                        ExecutorService pool = Executors.newFixedThreadPool(1);
                        Future<?> done = pool.submit(() -> box.value = 42);
                        done.get();
                        int seen = box.value;
                        pool.shutdown();
                    });
            assertTrue(exploration.passed(), mode.label());
            assertEquals(List.of(), exploration.races(), mode.label());
        }
    }

    /** A table its class initializer fills: used by this class's test alone, so a run initializes it. */
    static final class Table {
        static final int[] CELLS = new int[4];

        static {
            CELLS[1] = 7;
        }
    }

    @Test
    void aClassInitializersWritesAreOrderedBeforeEveryUse() {
        // The first task to use Table initializes it; the JVM orders that before the other's use
        // (JLS 12.4.2). Its field writes were left alone, its array writes were not: a false race.
        assertEquals(List.of(), races(Mode.SYNC, () -> both(() -> {
            int seen = Table.CELLS[1];
        }, () -> {
            int seen = Table.CELLS[1];
        })));
    }

    /** A key whose equals reads the other key's array, as a map calls it inside get. */
    static final class Key {
        final int[] parts;

        Key(int part) {
            parts = new int[] {part};
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.parts[0] == parts[0];
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void whatAConcurrentMapCallsBackSeesWhatWasPutBeforeIt() {
        // ConcurrentHashMap.get finds the node put by the other task (a volatile read) and then
        // calls equals on its key: the key's array was written before put, so ordered before.
        for (Mode mode : Mode.values()) {
            Exploration exploration = Interleave.explore("map", ExploreOptions.defaults(1).withStrategy(Strategies.RANDOM)
                    .withSchedules(50).withMode(mode), () -> {
                        java.util.concurrent.ConcurrentHashMap<Key, String> map = new java.util.concurrent.ConcurrentHashMap<>();
                        both(() -> map.put(new Key(5), "five"), () -> {
                            while (map.get(new Key(5)) == null) {
                                Thread.yield();
                            }
                        });
                    });
            assertTrue(exploration.passed(), mode.label());
            assertEquals(List.of(), exploration.races(), mode.label());
        }
    }

    /** A sequence published as the Disruptor's is: plain accesses ordered by fences. */
    static final class FencedSequence {
        long value;

        long get() {
            long seen = value;
            java.lang.invoke.VarHandle.acquireFence();
            return seen;
        }

        void set(long next) {
            java.lang.invoke.VarHandle.releaseFence();
            value = next;
        }
    }

    @Test
    void aPlainWriteAfterAReleaseFenceIsAReleaseStore() {
        // Before: "FencedSequence.value: write by Thread-0 at FencedSequence.set / read by Thread-1 at FencedSequence.get".
        for (Mode mode : Mode.values()) {
            Exploration exploration = Interleave.explore("fenced", ExploreOptions.defaults(1).withStrategy(Strategies.RANDOM)
                    .withSchedules(50).withMode(mode), () -> {
                        Box box = new Box();
                        FencedSequence published = new FencedSequence();
                        both(() -> {
                            box.value = 42;
                            published.set(1);
                        }, () -> {
                            if (published.get() == 1 && box.value != 42) {
                                throw new AssertionError("saw the sequence before the event");
                            }
                        });
                    });
            assertTrue(exploration.passed(), mode.label());
            assertEquals(List.of(), exploration.races(), mode.label());
        }
        // The same plain write without its fence still races with the read.
        FencedSequence unfenced = new FencedSequence();
        List<DataRace> races = races(Mode.SYNC, () -> both(() -> unfenced.value = 1, () -> unfenced.get()));
        assertEquals(List.of("RaceDetectorTest$FencedSequence.value"), races.stream().map(DataRace::location).toList());
    }
}
