package dev.interleave.examples.io;

/** Fixed twin of {@link HitCounterBug}: the read, the look-up and the write happen under one lock. */
public class HitCounterFixed {

    private static int hits;

    public static void main(String[] args) throws Exception {
        HitCounterBug.run(HitCounterFixed::count);
    }

    private static synchronized int count() throws InterruptedException {
        int seen = hits;
        Thread.sleep(5); // looks the caller up
        hits = seen + 1;
        return hits;
    }
}
