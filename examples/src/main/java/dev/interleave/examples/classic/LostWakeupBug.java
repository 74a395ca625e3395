package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.ArrayDeque;

/**
 * A lost wake-up check: two consumers wait for an item with {@code if} around {@code wait()}
 * instead of {@code while}. One item arrives and {@code notifyAll} wakes both; the consumer that
 * gets the monitor second does not look again and takes from an empty queue.
 * {@link LostWakeupFixed} re-checks in a loop.
 */
public final class LostWakeupBug {

    private static final ArrayDeque<String> queue = new ArrayDeque<>();

    private LostWakeupBug() {
    }

    static String take() throws InterruptedException {
        synchronized (queue) {
            if (queue.isEmpty()) {
                queue.wait();
            }
            return queue.remove();
        }
    }

    static void put(String item) {
        synchronized (queue) {
            queue.add(item);
            queue.notifyAll();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(LostWakeupBug::take);
            group.fork(LostWakeupBug::take);
            group.fork(() -> {
                put("first");
                Thread.yield();
                put("second");
            });
        }
    }
}
