package dev.interleave.examples.gallery;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fix for {@link SessionRegistryBug}: a freshly opened session is published with {@code
 * putIfAbsent}, which checks and inserts atomically. If another request got there first, this
 * one closes its own session and returns the winner's, so every caller gets the same session and
 * exactly one stays open.
 */
public final class SessionRegistryFixed {

    private SessionRegistryFixed() {
    }

    record Session(String user, int serial) {
    }

    static final class Registry {
        private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
        private final AtomicInteger opened = new AtomicInteger();

        Session sessionFor(String user) {
            Session session = sessions.get(user);
            if (session != null) {
                return session;
            }
            Session fresh = open(user);
            Session winner = sessions.putIfAbsent(user, fresh);
            if (winner != null) {
                close(fresh); // another request published first: use its session
                return winner;
            }
            return fresh;
        }

        private Session open(String user) {
            Session session = new Session(user, opened.incrementAndGet());
            Thread.yield(); // the handshake with the session store
            return session;
        }

        private void close(Session session) {
            opened.decrementAndGet();
        }

        int opened() {
            return opened.get();
        }
    }

    public static void main(String[] args) throws Exception {
        Registry registry = new Registry();
        Future<Session> first;
        Future<Session> second;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            first = pool.submit(() -> registry.sessionFor("ada"));
            second = pool.submit(() -> registry.sessionFor("ada"));
        }
        if (first.get() != second.get() || registry.opened() != 1) {
            throw new AssertionError("one session per user broken: requests got " + first.get() + " and "
                    + second.get() + ", " + registry.opened() + " sessions open");
        }
        System.out.println("both got " + first.get());
    }
}
