package dev.interleave.examples.gallery;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act on a {@link ConcurrentHashMap}: {@code sessionFor} calls {@code get}, and on a
 * miss opens a session and {@code put}s it. Each call is atomic but the pair is not: when two
 * requests for the same user both miss before either puts, both open a session, the second put
 * overwrites the first, and the two callers hold different sessions (one of them leaked). {@link
 * SessionRegistryFixed} publishes with {@code putIfAbsent} and closes the session that lost.
 */
public final class SessionRegistryBug {

    private SessionRegistryBug() {
    }

    record Session(String user, int serial) {
    }

    static final class Registry {
        private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
        private final AtomicInteger opened = new AtomicInteger();

        Session sessionFor(String user) {
            Session session = sessions.get(user);
            if (session == null) {
                session = open(user);
                sessions.put(user, session);
            }
            return session;
        }

        private Session open(String user) {
            Session session = new Session(user, opened.incrementAndGet());
            Thread.yield(); // the handshake with the session store
            return session;
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
                    + second.get() + ", " + registry.opened() + " sessions opened");
        }
        System.out.println("both got " + first.get());
    }
}
