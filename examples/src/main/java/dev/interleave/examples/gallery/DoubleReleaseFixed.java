package dev.interleave.examples.gallery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The fix for {@link DoubleReleaseBug}: the permit is released in one place only, the {@code
 * finally} that follows the acquire, so a bad query gives back exactly the one permit it took.
 * The semaphore never holds more than one permit and the queries never overlap.
 */
public final class DoubleReleaseFixed {

    private static final int LIMIT = 1;

    private DoubleReleaseFixed() {
    }

    static final class ConnectionPool {
        private final Semaphore permits = new Semaphore(LIMIT);
        private int inUse; // guarded by this
        private int peak;  // guarded by this

        void query(String sql) throws InterruptedException {
            permits.acquire();
            try {
                if (sql.isBlank()) {
                    throw new IllegalArgumentException("empty query"); // finally releases the permit
                }
                connect();
                Thread.yield(); // run the query
                disconnect();
            } finally {
                permits.release();
            }
        }

        private synchronized void connect() {
            inUse++;
            peak = Math.max(peak, inUse);
        }

        private synchronized void disconnect() {
            inUse--;
        }

        synchronized int peak() {
            return peak;
        }
    }

    public static void main(String[] args) {
        ConnectionPool pool = new ConnectionPool();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            clients.submit(() -> {
                try {
                    pool.query("  ");
                } catch (IllegalArgumentException expected) {
                    System.out.println("bad query refused");
                }
                return null;
            });
            clients.submit(() -> {
                pool.query("select 1");
                return null;
            });
            clients.submit(() -> {
                pool.query("select 2");
                return null;
            });
        }
        if (pool.peak() > LIMIT) {
            throw new AssertionError("connection limit exceeded: " + pool.peak() + " connections at once, limit " + LIMIT);
        }
        System.out.println("peak " + pool.peak());
    }
}
