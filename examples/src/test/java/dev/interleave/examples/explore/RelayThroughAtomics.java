package dev.interleave.examples.explore;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The relay of {@link RelayAfterYields} through atomics, each task released by a latch of its
 * own: the three steps after the latches park on nothing in common, and only what they do to the
 * atomics in between ties them together. A reduction that looked only at where steps stop would
 * never run them in the reverse order the failure needs.
 */
public final class RelayThroughAtomics {

    private static final AtomicInteger x = new AtomicInteger();
    private static final AtomicInteger y = new AtomicInteger();

    private RelayThroughAtomics() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch goA = new CountDownLatch(1);
        CountDownLatch goB = new CountDownLatch(1);
        CountDownLatch goC = new CountDownLatch(1);
        Thread a = Thread.ofVirtual().start(() -> {
            await(goA);
            if (y.get() == 1) {
                throw new AssertionError("the relay went through");
            }
        });
        Thread b = Thread.ofVirtual().start(() -> {
            await(goB);
            y.set(x.get());
        });
        Thread c = Thread.ofVirtual().start(() -> {
            await(goC);
            x.set(1);
        });
        goA.countDown();
        goB.countDown();
        goC.countDown();
        a.join();
        b.join();
        c.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
