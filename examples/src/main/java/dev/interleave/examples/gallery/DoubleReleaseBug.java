package dev.interleave.examples.gallery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A double-released {@link Semaphore}: the connection pool allows one connection at a time, but
 * on a bad query {@code query} releases its permit early and then again in {@code finally}, so
 * after one bad query the semaphore holds two permits. If the two good queries then overlap, both
 * hold a connection at once, over the limit. {@link DoubleReleaseFixed} releases only in {@code
 * finally}, exactly once per acquire.
 */
public final class DoubleReleaseBug {

    private static final int LIMIT = 1;

    private DoubleReleaseBug() {
    }

    static final class ConnectionPool {
        private final Semaphore permits = new Semaphore(LIMIT);
        private int inUse; // guarded by this
        private int peak;  // guarded by this

        void query(String sql) throws InterruptedException {
            permits.acquire();
            try {
                if (sql.isBlank()) {
                    permits.release(); // hand the connection back early on a bad query
                    throw new IllegalArgumentException("empty query");
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
