package dev.interleave.examples.memory;

/** {@link VolatileIncrementBug} fixed: the read-modify-write runs under one monitor. */
public final class VolatileIncrementFixed {

    static volatile int hits;
    static final Object LOCK = new Object();

    static void hit() {
        synchronized (LOCK) {
            hits++;
        }
    }

    private VolatileIncrementFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(VolatileIncrementFixed::hit);
        Thread second = new Thread(VolatileIncrementFixed::hit);
        first.start();
        second.start();
        first.join();
        second.join();
        if (hits != 2) {
            throw new AssertionError("lost update on a volatile: hits is " + hits);
        }
    }
}
