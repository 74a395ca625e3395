package dev.interleave.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Event;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.PointKind;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.internal.strategy.RandomStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.AbstractQueuedLongSynchronizer;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 1: a JDK synchronizer is one whatever type the program names it by. A subclass of
 * the program's ({@code MyLock extends ReentrantLock}, the shape of commons-pool2's
 * {@code InterruptibleReentrantLock}), a program's own {@code AbstractQueuedSynchronizer}, or a
 * JDK structure reached through a {@code java.util} interface orders the accesses it guards (no
 * false race, in every mode) and is a scheduling point in sync mode.
 */
class SynchronizerSubclassesTest {

    static final class MyLock extends ReentrantLock {
    }

    static final class MyReadWriteLock extends ReentrantReadWriteLock {
    }

    static final class MySemaphore extends Semaphore {
        MySemaphore() {
            super(1);
        }
    }

    static final class MyLatch extends CountDownLatch {
        MyLatch() {
            super(1);
        }
    }

    static final class MyBarrier extends CyclicBarrier {
        MyBarrier() {
            super(2);
        }
    }

    static final class MyPhaser extends Phaser {
        MyPhaser() {
            super(2);
        }
    }

    static final class MyExchanger extends Exchanger<Object> {
    }

    static final class MyStampedLock extends StampedLock {
    }

    /** A mutex of the program's own, as the {@code AbstractQueuedSynchronizer} documentation shows one. */
    static final class Mutex extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            setState(0);
            return true;
        }

        void lock() {
            acquire(1);
        }

        void unlock() {
            release(1);
        }
    }

    /** The same with a long state. */
    static final class LongMutex extends AbstractQueuedLongSynchronizer {
        @Override
        protected boolean tryAcquire(long ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(long ignored) {
            setState(0);
            return true;
        }
    }

    static final class Box {
        int value;
    }

    private interface Guarded {
        void run(Box box) throws Exception;
    }

    /** Each synchronizer, guarding (or handing over) a plain counter that two threads update. */
    private static Map<String, Guarded> guards() {
        Map<String, Guarded> guards = new LinkedHashMap<>();
        MyLock lock = new MyLock();
        guards.put("ReentrantLock subclass", box -> {
            lock.lock();
            try {
                box.value++;
            } finally {
                lock.unlock();
            }
        });
        Lock asLock = new MyLock();
        guards.put("ReentrantLock subclass as Lock", box -> {
            asLock.lockInterruptibly();
            try {
                box.value++;
            } finally {
                asLock.unlock();
            }
        });
        MyReadWriteLock readWrite = new MyReadWriteLock();
        guards.put("ReentrantReadWriteLock subclass", box -> {
            readWrite.writeLock().lock();
            try {
                box.value++;
            } finally {
                readWrite.writeLock().unlock();
            }
        });
        MySemaphore semaphore = new MySemaphore();
        guards.put("Semaphore subclass", box -> {
            semaphore.acquire();
            try {
                box.value++;
            } finally {
                semaphore.release();
            }
        });
        MyStampedLock stamped = new MyStampedLock();
        guards.put("StampedLock subclass", box -> {
            long stamp = stamped.writeLock();
            try {
                box.value++;
            } finally {
                stamped.unlockWrite(stamp);
            }
        });
        Mutex mutex = new Mutex();
        guards.put("AbstractQueuedSynchronizer of the program", box -> {
            mutex.lock();
            try {
                box.value++;
            } finally {
                mutex.unlock();
            }
        });
        LongMutex longMutex = new LongMutex();
        guards.put("AbstractQueuedLongSynchronizer of the program", box -> {
            longMutex.acquire(1);
            try {
                box.value++;
            } finally {
                longMutex.release(1);
            }
        });
        MyBarrier barrier = new MyBarrier();
        guards.put("CyclicBarrier subclass", box -> {
            // One thread writes before the barrier, the other reads after it; then the roles swap.
            if (Thread.currentThread().getName().equals("first")) {
                box.value = 1;
                barrier.await();
                barrier.await();
                int seen = box.value;
            } else {
                barrier.await();
                box.value = 2;
                barrier.await();
            }
        });
        MyPhaser phaser = new MyPhaser();
        guards.put("Phaser subclass", box -> {
            if (Thread.currentThread().getName().equals("first")) {
                box.value = 1;
                phaser.arriveAndAwaitAdvance();
            } else {
                phaser.arriveAndAwaitAdvance();
                int seen = box.value;
            }
        });
        MyExchanger exchanger = new MyExchanger();
        guards.put("Exchanger subclass", box -> {
            if (Thread.currentThread().getName().equals("first")) {
                box.value = 1;
                exchanger.exchange("ping");
            } else {
                exchanger.exchange("pong");
                int seen = box.value;
            }
        });
        MyLatch latch = new MyLatch();
        guards.put("CountDownLatch subclass", box -> {
            if (Thread.currentThread().getName().equals("first")) {
                box.value = 1;
                latch.countDown();
            } else {
                latch.await();
                int seen = box.value;
            }
        });
        Queue<Box> queue = new ConcurrentLinkedQueue<>();
        guards.put("ConcurrentLinkedQueue as Queue", box -> {
            if (Thread.currentThread().getName().equals("first")) {
                Box message = new Box();
                message.value = 1;
                queue.offer(message);
            } else {
                Box message;
                while ((message = queue.poll()) == null) {
                    Thread.yield();
                }
                int seen = message.value;
            }
        });
        return guards;
    }

    private static RunResult run(Mode mode, long seed, Guarded guarded) {
        Box box = new Box();
        return Interleave.run(RunOptions.defaults().withEchoOutput(false).withRecordLocations(true).withMode(mode)
                .withStrategy(new RandomStrategy(seed)), () -> {
                    Thread first = new Thread(() -> call(guarded, box), "first");
                    Thread second = new Thread(() -> call(guarded, box), "second");
                    first.start();
                    second.start();
                    first.join();
                    second.join();
                });
    }

    private static void call(Guarded guarded, Box box) {
        try {
            guarded.run(box);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everySynchronizerOrdersWhatItGuardsWhateverItsDeclaredType() {
        List<String> failures = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                for (Map.Entry<String, Guarded> guard : guards().entrySet()) {
                    RunResult result = run(mode, seed, guard.getValue());
                    List<DataRace> races = result.races();
                    if (!result.passed() || !races.isEmpty()) {
                        failures.add(guard.getKey() + " in " + mode.label() + ", seed " + seed + ": " + result.verdict()
                                + " " + races);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aSubclassLockIsASchedulingPointInSyncMode() {
        RunResult result = run(Mode.SYNC, 1, guards().get("ReentrantLock subclass"));
        List<Event> points = result.trace().steps().stream().filter(s -> s.kind() == PointKind.SYNC)
                .map(Step::point).toList();
        assertTrue(points.stream().anyMatch(p -> p.kind() == Event.Kind.LOCK && p.field().equals("SynchronizerSubclassesTest$MyLock.lock")),
                points.toString());
        assertTrue(points.stream().anyMatch(p -> p.kind() == Event.Kind.UNLOCK
                && p.field().equals("SynchronizerSubclassesTest$MyLock.unlock")), points.toString());
    }

    @Test
    void aProgramsOwnSynchronizerIsASchedulingPointInSyncMode() {
        RunResult result = run(Mode.SYNC, 1, guards().get("AbstractQueuedSynchronizer of the program"));
        List<Event> points = result.trace().steps().stream().filter(s -> s.kind() == PointKind.SYNC)
                .map(Step::point).toList();
        // The program's lock() calls acquire, and its tryAcquire compareAndSetState: both the JDK's.
        assertTrue(points.stream().anyMatch(p -> p.field().equals("SynchronizerSubclassesTest$Mutex.acquire")), points.toString());
        assertTrue(points.stream().anyMatch(p -> p.field().equals("SynchronizerSubclassesTest$Mutex.compareAndSetState")),
                points.toString());
    }
}
