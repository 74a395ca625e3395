package dev.interleave.examples.memory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act on an atomic: each thread reads the number of free seats with {@code get()} and,
 * if one is left, takes it with {@code set()}. Each call is atomic, the pair is not: both threads
 * can see one seat and both book it. Needs sync mode (the switch is between two atomic calls).
 * {@link AtomicCheckThenActFixed} books with a compare-and-set loop.
 */
public final class AtomicCheckThenActBug {

    static final AtomicInteger FREE = new AtomicInteger(1);
    static final AtomicInteger BOOKED = new AtomicInteger();

    static void book() {
        int free = FREE.get();
        if (free > 0) {
            FREE.set(free - 1);
            BOOKED.incrementAndGet();
        }
    }

    private AtomicCheckThenActBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(AtomicCheckThenActBug::book);
        Thread second = new Thread(AtomicCheckThenActBug::book);
        first.start();
        second.start();
        first.join();
        second.join();
        if (BOOKED.get() > 1) {
            throw new AssertionError("overbooked: " + BOOKED.get() + " bookings for one seat");
        }
    }
}
