package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;

/**
 * {@code notify} instead of {@code notifyAll} in a bounded buffer shared by two producers and two
 * consumers, all waiting on one monitor. With both consumers waiting, a put wakes one consumer; a
 * second producer finds the buffer full and waits; the consumer takes the item and its {@code
 * notify} wakes the other consumer instead of the waiting producer, which goes back to waiting:
 * every thread waits and none will notify (a deadlock). {@link NotifyNotAllFixed} uses {@code
 * notifyAll}, so the producer is always woken too.
 */
public final class NotifyNotAllBug {

    private NotifyNotAllBug() {
    }

    static final class Buffer {
        private final int[] slots = new int[1];
        private int count; // guarded by this

        synchronized void put(int item) throws InterruptedException {
            while (count == slots.length) {
                wait();
            }
            slots[count++] = item;
            notify();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) {
                wait();
            }
            int item = slots[--count];
            notify();
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
