package dev.interleave.testprograms;

/** Two tasks add to a plain field without synchronization (a data race), then the program fails. */
public final class RacyFailure {

    private static int shared;

    private RacyFailure() {
    }

    public static void run() throws InterruptedException {
        Thread writer = Thread.ofVirtual().start(() -> shared++);
        shared++;
        writer.join();
        throw new IllegalStateException("fails in every execution");
    }
}
