package dev.interleave.examples.memory;

/**
 * A non-atomic compound update on a {@code volatile}: {@code hits++} is a volatile read and a
 * volatile write, with room between them for another thread's. Volatile makes each access
 * visible, not the pair atomic. No data race (volatile accesses are synchronization), so the
 * detector is silent; sync mode finds the lost update. {@link VolatileIncrementFixed} increments
 * under a monitor.
 */
public final class VolatileIncrementBug {

    static volatile int hits;

    private VolatileIncrementBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> hits++);
        Thread second = new Thread(() -> hits++);
        first.start();
        second.start();
        first.join();
        second.join();
        if (hits != 2) {
            throw new AssertionError("lost update on a volatile: hits is " + hits);
        }
    }
}
