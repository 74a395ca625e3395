package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;

/**
 * A producer/consumer hand-off through a one-slot buffer with {@code notify} instead of
 * {@code notifyAll}: producers and consumers wait on the same monitor, so a consumer's notify can
 * wake the other consumer instead of the waiting producer, and everyone ends up waiting.
 * {@link BufferNotifyFixed} wakes all waiters, each of which re-checks its condition.
 */
public final class BufferNotifyBug {

    private static final Object monitor = new Object();
    private static Integer slot;

    private BufferNotifyBug() {
    }

    static void put(int item) throws InterruptedException {
        synchronized (monitor) {
            while (slot != null) {
                monitor.wait();
            }
            slot = item;
            monitor.notify();
        }
    }

    static int take() throws InterruptedException {
        synchronized (monitor) {
            while (slot == null) {
                monitor.wait();
            }
            int item = slot;
            slot = null;
            monitor.notify();
            return item;
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(BufferNotifyBug::take);
            group.fork(BufferNotifyBug::take);
            group.fork(() -> put(1));
            group.fork(() -> put(2));
        }
    }
}
