package dev.interleave.examples.memory;

import java.util.concurrent.atomic.AtomicInteger;

/** {@link LostUpdateBug} fixed: the increment is one atomic read-modify-write. */
public final class LostUpdateFixed {

    static final AtomicInteger COUNT = new AtomicInteger();

    private LostUpdateFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(COUNT::incrementAndGet);
        Thread second = new Thread(COUNT::incrementAndGet);
        first.start();
        second.start();
        first.join();
        second.join();
        if (COUNT.get() != 2) {
            throw new AssertionError("lost update: count is " + COUNT.get() + " after two increments");
        }
    }
}
