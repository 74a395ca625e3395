package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act on a ConcurrentHashMap: each task gets a session, and creates it when absent.
 * Every map call is atomic, but the pair is not: two tasks that both see it absent both create
 * one, and the second replaces the first. {@link MapCheckThenActFixed} uses computeIfAbsent.
 */
public final class MapCheckThenActBug {

    private static final ConcurrentHashMap<String, Integer> sessions = new ConcurrentHashMap<>();
    private static final AtomicInteger created = new AtomicInteger();

    private MapCheckThenActBug() {
    }

    static Integer session(String user) {
        Integer session = sessions.get(user);
        if (session == null) {
            Thread.yield(); // say, a call to an authentication service
            session = created.incrementAndGet();
            sessions.put(user, session);
        }
        return session;
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
