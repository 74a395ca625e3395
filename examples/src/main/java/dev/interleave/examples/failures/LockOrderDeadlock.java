package dev.interleave.examples.failures;

import dev.interleave.TaskGroup;

/**
 * Two tasks take two monitors in opposite orders, each yielding while it holds the first: under
 * FIFO they deadlock, and Interleave names both monitors and who holds them.
 */
public final class LockOrderDeadlock {

    private static final Object left = new Object();
    private static final Object right = new Object();

    private LockOrderDeadlock() {
    }

    static void take(Object first, Object second) {
        synchronized (first) {
            Thread.yield();
            synchronized (second) {
                System.out.println("took both");
            }
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> take(left, right));
            group.fork(() -> take(right, left));
        }
    }
}
