package dev.interleave.traces.twins.a;

/**
 * One of two classes of one simple name in two packages, line for line the same: their races are
 * at the same class name, method and line as text shows them, and are still two races.
 */
public final class Twin {

    static int value;

    private Twin() {
    }

    public static void race() throws InterruptedException {
        Thread writer = new Thread(() -> value = 1);
        writer.start();
        int seen = value;
        writer.join();
    }
}
