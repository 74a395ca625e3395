package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.ArrayDeque;

/** {@link LostWakeupBug} fixed: a woken consumer checks the queue again before taking. */
public final class LostWakeupFixed {

    private static final ArrayDeque<String> queue = new ArrayDeque<>();

    private LostWakeupFixed() {
    }

    static String take() throws InterruptedException {
        synchronized (queue) {
            while (queue.isEmpty()) {
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
            group.fork(LostWakeupFixed::take);
            group.fork(LostWakeupFixed::take);
            group.fork(() -> {
                put("first");
                Thread.yield();
                put("second");
            });
        }
    }
}
