package dev.interleave.examples.memory;

/** {@link VolatilePairBug} fixed: the pair is written and read under one monitor. */
public final class VolatilePairFixed {

    static volatile int low;
    static volatile int high;
    static final Object LOCK = new Object();

    private VolatilePairFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] setters = new Thread[3];
        for (int i = 0; i < setters.length; i++) {
            int id = i + 1;
            setters[i] = new Thread(() -> {
                synchronized (LOCK) {
                    low = id;
                    high = id;
                }
            });
        }
        Thread checker = new Thread(() -> {
            int h;
            int l;
            synchronized (LOCK) {
                h = high;
                l = low;
            }
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
