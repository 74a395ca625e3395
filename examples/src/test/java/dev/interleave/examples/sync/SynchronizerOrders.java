package dev.interleave.examples.sync;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Programs whose output depends on the order of two tasks' calls on a synchronizer subclass of the
 * program's, for the reduction's soundness oracle: a reduction that took two calls on one
 * synchronizer to be independent (as it did when a subclass's calls were invisible) would print
 * fewer outputs than the full search. Each also hands a plain value over, which the race detector
 * must find ordered. (An {@code Exchanger} spins a thousand times before it parks, each spin a
 * scheduling point: its tree is too large for a test; {@code SynchronizerSubclassesTest} in the
 * core module checks its ordering on random schedules.)
 */
public final class SynchronizerOrders {

    private SynchronizerOrders() {
    }

    static final class Latch extends CountDownLatch {
        Latch() {
            super(2);
        }
    }

    static final class Barrier extends CyclicBarrier {
        Barrier() {
            super(2);
        }
    }

    static final class Arrivals extends Phaser {
        Arrivals() {
            super(1);
        }
    }

    static final class Stamped extends StampedLock {
    }

    static final class ReadWrite extends ReentrantReadWriteLock {
    }

    static final class Box {
        int value;
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread start(Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }

    /** A latch of two: main reads its count while two tasks count down, then awaits and reads their writes. */
    public static final class LatchCount {
        private LatchCount() {
        }

        public static void main(String[] args) throws Exception {
            Latch latch = new Latch();
            Box box = new Box();
            Thread first = start(() -> {
                box.value++;
                latch.countDown();
            });
            Thread second = start(latch::countDown);
            System.out.println("count " + latch.getCount());
            latch.await();
            System.out.println("value " + box.value);
            first.join();
            second.join();
        }
    }

    /** A barrier of two: which task arrives last (index 0) depends on the order. */
    public static final class BarrierArrival {
        private BarrierArrival() {
        }

        public static void main(String[] args) throws Exception {
            Barrier barrier = new Barrier();
            Box box = new Box();
            int[] index = new int[1];
            Thread first = start(() -> {
                box.value = 1;
                index[0] = barrier.await();
            });
            barrier.await();
            first.join();
            System.out.println("first's index " + index[0] + ", value " + box.value);
        }
    }

    /** A phaser: main sees the task's arrival or not. */
    public static final class PhaserArrival {
        private PhaserArrival() {
        }

        public static void main(String[] args) throws Exception {
            Arrivals phaser = new Arrivals();
            Box box = new Box();
            Thread first = start(() -> {
                box.value = 1;
                phaser.arrive();
            });
            int arrived = phaser.getArrivedParties();
            System.out.println("arrived " + arrived);
            if (arrived == 1) {
                System.out.println("value " + box.value);
            }
            first.join();
        }
    }

    /** A stamped lock: two tasks try its write lock, and both win only when one let go before the other tried. */
    public static final class StampedTryWrite {
        private StampedTryWrite() {
        }

        public static void main(String[] args) throws Exception {
            Stamped lock = new Stamped();
            Box wins = new Box();
            Body attempt = () -> {
                long stamp = lock.tryWriteLock();
                if (stamp != 0) {
                    wins.value++;
                    lock.unlockWrite(stamp);
                }
            };
            Thread first = start(attempt);
            Thread second = start(attempt);
            first.join();
            second.join();
            System.out.println("wins " + wins.value);
        }
    }

    /** A read-write lock: a reader finds the writer's lock free or taken, and reads what it wrote or not. */
    public static final class ReadWhileWriting {
        private ReadWhileWriting() {
        }

        public static void main(String[] args) throws Exception {
            ReadWrite lock = new ReadWrite();
            Box box = new Box();
            Thread writer = start(() -> {
                lock.writeLock().lock();
                try {
                    box.value = 1;
                } finally {
                    lock.writeLock().unlock();
                }
            });
            if (lock.readLock().tryLock()) {
                try {
                    System.out.println("read " + box.value);
                } finally {
                    lock.readLock().unlock();
                }
            } else {
                System.out.println("busy");
            }
            writer.join();
        }
    }
}
