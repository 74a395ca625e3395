package dev.interleave.examples.sync;

import java.util.List;
import java.util.stream.Stream;

/**
 * The programs of issue 12's synchronization model, items 1 to 3: each bug with its fixed twin,
 * and programs whose output depends on the order of synchronizer calls (for the reduction's
 * soundness oracle). Every bug needs sync mode's points (it does not show in cooperative mode).
 */
public final class SyncPrograms {

    /** A bug, its fixed twin, and what it is. */
    public record Pair(Class<?> bug, Class<?> fixed, String description) {
        @Override
        public String toString() {
            return bug.getSimpleName().isEmpty() ? bug.getName() : bug.getName().substring(bug.getPackageName().length() + 1);
        }
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair(SubclassLockOrder.class, SubclassLockOrder.Fixed.class,
                    "two ReentrantLock subclasses taken in opposite orders: a deadlock"),
            new Pair(SemaphoreCheckThenAcquire.class, SemaphoreCheckThenAcquire.Fixed.class,
                    "availablePermits() then acquire() on a Semaphore subclass: the second taker blocks for good"),
            new Pair(ProgramMutexCounter.class, ProgramMutexCounter.Fixed.class,
                    "an increment split across two holds of the program's own AbstractQueuedSynchronizer"),
            new Pair(AtomicCounters.UnsafeBug.class, AtomicCounters.UnsafeFixed.class,
                    "Unsafe getIntVolatile then putIntVolatile loses an update"),
            new Pair(AtomicCounters.FieldHandleBug.class, AtomicCounters.FieldHandleFixed.class,
                    "a field VarHandle's getVolatile then setVolatile loses an update"),
            new Pair(AtomicCounters.ElementHandleBug.class, AtomicCounters.ElementHandleFixed.class,
                    "an array-element VarHandle's getAcquire then setRelease loses an update"),
            new Pair(AtomicCounters.UpdaterBug.class, AtomicCounters.UpdaterFixed.class,
                    "a field updater's get then set loses an update"),
            new Pair(AtomicCounters.ArrayBug.class, AtomicCounters.ArrayFixed.class,
                    "an atomic array's get then set loses an update"),
            new Pair(UnsafeRingQueue.class, UnsafeRingQueue.Fixed.class,
                    "a single-producer Unsafe ring buffer fed by two producers loses an element"));

    /** Correct programs with more than one output by the order of their synchronizer calls. */
    private static final List<Class<?>> ORDERS = List.of(SynchronizerOrders.LatchCount.class,
            SynchronizerOrders.BarrierArrival.class, SynchronizerOrders.PhaserArrival.class,
            SynchronizerOrders.StampedTryWrite.class,
            SynchronizerOrders.ReadWhileWriting.class, TimedWaitHandOff.class);

    private SyncPrograms() {
    }

    public static List<Pair> pairs() {
        return PAIRS;
    }

    public static List<Class<?>> orders() {
        return ORDERS;
    }

    /** Every program: each bug, each fixed twin, each order-dependent program. */
    public static Stream<Class<?>> all() {
        return Stream.concat(PAIRS.stream().flatMap(pair -> Stream.of(pair.bug(), pair.fixed())), ORDERS.stream());
    }
}
