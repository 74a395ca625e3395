package dev.interleave.examples.memory;

/**
 * Lost update: two threads each add 1 to a plain {@code int} counter. {@code count++} is a read
 * then a write; if both threads read 0 before either writes, the counter ends at 1. No blocking
 * call is involved, so only preemptive mode can show it; the race detector reports it in every
 * mode. {@link LostUpdateFixed} uses an {@code AtomicInteger}.
 */
public final class LostUpdateBug {

    static int count;

    private LostUpdateBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> count++);
        Thread second = new Thread(() -> count++);
        first.start();
        second.start();
        first.join();
        second.join();
        if (count != 2) {
            throw new AssertionError("lost update: count is " + count + " after two increments");
        }
    }
}
