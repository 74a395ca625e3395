package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;

/** {@link BufferNotifyBug} fixed: every hand-off wakes all waiters, and each re-checks its condition. */
public final class BufferNotifyFixed {

    private static final Object monitor = new Object();
    private static Integer slot;

    private BufferNotifyFixed() {
    }

    static void put(int item) throws InterruptedException {
        synchronized (monitor) {
            while (slot != null) {
                monitor.wait();
            }
            slot = item;
            monitor.notifyAll();
        }
    }

    static int take() throws InterruptedException {
        synchronized (monitor) {
            while (slot == null) {
                monitor.wait();
            }
            int item = slot;
            slot = null;
            monitor.notifyAll();
            return item;
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(BufferNotifyFixed::take);
            group.fork(BufferNotifyFixed::take);
            group.fork(() -> put(1));
            group.fork(() -> put(2));
        }
    }
}
