package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;

/**
 * The fix for {@link NotifyNotAllBug}: {@code put} and {@code take} call {@code notifyAll}.
 * Producers and consumers wait on the same monitor for different conditions, so waking one
 * arbitrary waiter can wake the wrong kind; waking all of them lets each recheck its own
 * condition in its {@code while} loop, and whoever can proceed does.
 */
public final class NotifyNotAllFixed {

    private NotifyNotAllFixed() {
    }

    static final class Buffer {
        private final int[] slots = new int[1];
        private int count; // guarded by this

        synchronized void put(int item) throws InterruptedException {
            while (count == slots.length) {
                wait();
            }
            slots[count++] = item;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) {
                wait();
            }
            int item = slots[--count];
            notifyAll();
            return item;
        }
    }

    public static void main(String[] args) {
        Buffer buffer = new Buffer();
        try (var group = new TaskGroup()) {
            group.fork("consumer-1", () -> System.out.println("consumer-1 took " + buffer.take()));
            group.fork("consumer-2", () -> System.out.println("consumer-2 took " + buffer.take()));
            group.fork("producer-1", () -> buffer.put(1));
            group.fork("producer-2", () -> buffer.put(2));
        }
    }
}
