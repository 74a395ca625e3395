package dev.interleave.examples.sync;

/**
 * A hand-off through a monitor with {@code wait(0, 0)} and a join with {@code join(1000, 0)}: the
 * variants whose receiver the agent once could not reach, so that every access inside the monitor
 * looked unordered (issue 12). Prints whether main had to wait, by the order, and what it read.
 */
public final class TimedWaitHandOff {

    private static final Object LOCK = new Object();
    private static int value;
    private static boolean ready;

    private TimedWaitHandOff() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            synchronized (LOCK) {
                value = 1;
                ready = true;
                LOCK.notifyAll();
            }
        });
        writer.start();
        boolean waited = false;
        synchronized (LOCK) {
            while (!ready) {
                waited = true;
                LOCK.wait(0, 0);
            }
            value++;
        }
        writer.join(1000, 0);
        System.out.println((waited ? "waited" : "did not wait") + ", value " + value);
    }
}
