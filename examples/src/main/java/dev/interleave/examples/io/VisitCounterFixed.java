package dev.interleave.examples.io;

/** Fixed twin of {@link VisitCounterBug}: the read, the look-up and the write happen under one lock. */
public class VisitCounterFixed {

    private static int visits;

    public static void main(String[] args) throws Exception {
        VisitCounterBug.run(VisitCounterFixed::count);
    }

    private static synchronized int count() throws InterruptedException {
        int seen = visits;
        Thread.sleep(5); // looks the visitor up
        visits = seen + 1;
        return visits;
    }
}
