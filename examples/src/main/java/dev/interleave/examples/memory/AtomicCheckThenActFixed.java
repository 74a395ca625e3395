package dev.interleave.examples.memory;

import java.util.concurrent.atomic.AtomicInteger;

/** {@link AtomicCheckThenActBug} fixed: the check and the act are one compare-and-set, retried. */
public final class AtomicCheckThenActFixed {

    static final AtomicInteger FREE = new AtomicInteger(1);
    static final AtomicInteger BOOKED = new AtomicInteger();

    static void book() {
        while (true) {
            int free = FREE.get();
            if (free <= 0) {
                return;
            }
            if (FREE.compareAndSet(free, free - 1)) {
                BOOKED.incrementAndGet();
                return;
            }
        }
    }

    private AtomicCheckThenActFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(AtomicCheckThenActFixed::book);
        Thread second = new Thread(AtomicCheckThenActFixed::book);
        first.start();
        second.start();
        first.join();
        second.join();
        if (BOOKED.get() > 1) {
            throw new AssertionError("overbooked: " + BOOKED.get() + " bookings for one seat");
        }
    }
}
