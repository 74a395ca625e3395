package dev.interleave.examples.explore;

/**
 * A race through plain memory that needs three steps after yields in the reverse of FIFO's order:
 * c writes x, then b copies x to y, then a finds y set. The steps end in plain exits, so only the
 * yields before them tell the reduction that they touch shared memory.
 */
public final class RelayAfterYields {

    private static int x;
    private static int y;

    private RelayAfterYields() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(() -> {
            Thread.yield();
            if (y == 1) {
                throw new AssertionError("the relay went through");
            }
        });
        Thread b = Thread.ofVirtual().start(() -> {
            Thread.yield();
            y = x;
        });
        Thread c = Thread.ofVirtual().start(() -> {
            Thread.yield();
            x = 1;
        });
        a.join();
        b.join();
        c.join();
    }
}
