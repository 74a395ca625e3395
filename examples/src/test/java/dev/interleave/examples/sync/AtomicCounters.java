package dev.interleave.examples.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Two tasks increment a counter through each API of atomic memory access that lock-free libraries
 * use: {@code Unsafe}, a field {@code VarHandle}, an array-element {@code VarHandle}, a field
 * updater and an atomic array. The bug reads and then writes, each atomically, so an update is
 * lost when the other task's increment falls in between: sync mode must stop at these accesses to
 * show it (it did not for {@code Unsafe}, issue 12). The fixed twins compare-and-set in a loop.
 * Each prints the final count.
 */
public final class AtomicCounters {

    private AtomicCounters() {
    }

    static final class Counter {
        volatile int count;
        final int[] cells = new int[1];
    }

    private static final long COUNT = Unsafes.offset(Counter.class, "count");
    private static final VarHandle FIELD;
    private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(int[].class);
    private static final AtomicIntegerFieldUpdater<Counter> UPDATER =
            AtomicIntegerFieldUpdater.newUpdater(Counter.class, "count");

    static {
        try {
            FIELD = MethodHandles.lookup().findVarHandle(Counter.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private interface Increment {
        void increment(Counter counter);
    }

    @SuppressWarnings("removal")
    private static void unsafe(Counter counter, boolean cas) {
        if (cas) {
            int seen;
            do {
                seen = Unsafes.UNSAFE.getIntVolatile(counter, COUNT);
            } while (!Unsafes.UNSAFE.compareAndSwapInt(counter, COUNT, seen, seen + 1));
        } else {
            Unsafes.UNSAFE.putIntVolatile(counter, COUNT, Unsafes.UNSAFE.getIntVolatile(counter, COUNT) + 1);
        }
    }

    private static void field(Counter counter, boolean cas) {
        if (cas) {
            int seen;
            do {
                seen = (int) FIELD.getVolatile(counter);
            } while (!FIELD.compareAndSet(counter, seen, seen + 1));
        } else {
            FIELD.setVolatile(counter, (int) FIELD.getVolatile(counter) + 1);
        }
    }

    private static void element(Counter counter, boolean cas) {
        if (cas) {
            ELEMENT.getAndAdd(counter.cells, 0, 1);
        } else {
            ELEMENT.setRelease(counter.cells, 0, (int) ELEMENT.getAcquire(counter.cells, 0) + 1);
        }
    }

    private static void updater(Counter counter, boolean cas) {
        if (cas) {
            UPDATER.incrementAndGet(counter);
        } else {
            UPDATER.set(counter, UPDATER.get(counter) + 1);
        }
    }

    private static void run(Increment increment, Counter counter, java.util.function.IntSupplier count)
            throws InterruptedException {
        Thread first = new Thread(() -> increment.increment(counter));
        Thread second = new Thread(() -> increment.increment(counter));
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("count " + count.getAsInt());
        if (count.getAsInt() != 2) {
            throw new AssertionError("lost an update: " + count.getAsInt());
        }
    }

    private static void run(Increment increment) throws InterruptedException {
        Counter counter = new Counter();
        run(increment, counter, () -> counter.count + counter.cells[0]);
    }

    private static void array(boolean cas) throws InterruptedException {
        AtomicIntegerArray cells = new AtomicIntegerArray(1);
        Increment increment = cas ? c -> cells.getAndIncrement(0) : c -> cells.set(0, cells.get(0) + 1);
        run(increment, new Counter(), () -> cells.get(0));
    }

    /** Through {@code Unsafe}: getIntVolatile, then putIntVolatile. */
    public static final class UnsafeBug {
        private UnsafeBug() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> unsafe(c, false));
        }
    }

    /** Through {@code Unsafe}: a compare-and-swap loop. */
    public static final class UnsafeFixed {
        private UnsafeFixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> unsafe(c, true));
        }
    }

    /** Through a field {@code VarHandle}: getVolatile, then setVolatile. */
    public static final class FieldHandleBug {
        private FieldHandleBug() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> field(c, false));
        }
    }

    /** Through a field {@code VarHandle}: a compare-and-set loop. */
    public static final class FieldHandleFixed {
        private FieldHandleFixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> field(c, true));
        }
    }

    /** Through an array-element {@code VarHandle}: getAcquire, then setRelease. */
    public static final class ElementHandleBug {
        private ElementHandleBug() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> element(c, false));
        }
    }

    /** Through an array-element {@code VarHandle}: getAndAdd. */
    public static final class ElementHandleFixed {
        private ElementHandleFixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> element(c, true));
        }
    }

    /** Through a field updater: get, then set. */
    public static final class UpdaterBug {
        private UpdaterBug() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> updater(c, false));
        }
    }

    /** Through a field updater: incrementAndGet. */
    public static final class UpdaterFixed {
        private UpdaterFixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(c -> updater(c, true));
        }
    }

    /** Through an atomic array: get, then set. */
    public static final class ArrayBug {
        private ArrayBug() {
        }

        public static void main(String[] args) throws InterruptedException {
            array(false);
        }
    }

    /** Through an atomic array: getAndIncrement. */
    public static final class ArrayFixed {
        private ArrayFixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            array(true);
        }
    }
}
