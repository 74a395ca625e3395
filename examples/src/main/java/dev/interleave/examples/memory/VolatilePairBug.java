package dev.interleave.examples.memory;

/**
 * A reorder check on two volatile fields with several setter threads: each setter writes its id
 * to {@code low} then to {@code high}; a checker reads {@code high} then {@code low} and expects
 * them equal once both are set. Every access is volatile (no data race), yet another setter's
 * write can land between the checker's two reads, so it sees a mixed pair. Sync mode finds it.
 * {@link VolatilePairFixed} writes and reads the pair under one monitor.
 */
public final class VolatilePairBug {

    static volatile int low;
    static volatile int high;

    private VolatilePairBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] setters = new Thread[3];
        for (int i = 0; i < setters.length; i++) {
            int id = i + 1;
            setters[i] = new Thread(() -> {
                low = id;
                high = id;
            });
        }
        Thread checker = new Thread(() -> {
            int h = high;
            int l = low;
            if (h != 0 && h != l && l != 0) {
                throw new AssertionError("mixed pair: high " + h + ", low " + l);
            }
        });
        for (Thread setter : setters) {
            setter.start();
        }
        checker.start();
        for (Thread setter : setters) {
            setter.join();
        }
        checker.join();
    }
}
