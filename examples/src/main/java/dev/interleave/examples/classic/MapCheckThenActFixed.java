package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link MapCheckThenActBug} fixed: computeIfAbsent makes the check and the create one act. */
public final class MapCheckThenActFixed {

    private static final ConcurrentHashMap<String, Integer> sessions = new ConcurrentHashMap<>();
    private static final AtomicInteger created = new AtomicInteger();

    private MapCheckThenActFixed() {
    }

    static Integer session(String user) {
        Thread.yield();
        return sessions.computeIfAbsent(user, u -> created.incrementAndGet());
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> session("ada"));
            group.fork(() -> session("ada"));
        }
        if (created.get() != 1) {
            throw new AssertionError(created.get() + " sessions were created for one user");
        }
    }
}
