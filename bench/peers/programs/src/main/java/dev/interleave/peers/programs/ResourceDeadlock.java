package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.Semaphore;

/**
 * A JaConTeBe resource deadlock (the connection-pool kind): a reader holds the cache's monitor
 * while it takes the pool's only connection; a writer holds the connection while it writes (a
 * 1 ms blocking call) and then enters the cache's monitor to invalidate it. The reader starts
 * first, so asyncio's order passes. {@link ResourceDeadlockFixed} invalidates after giving the
 * connection back.
 */
public final class ResourceDeadlock implements Subject {

    private final Semaphore connections = new Semaphore(1);
    private final Object cache = new Object();
    private int version;

    void read() throws InterruptedException {
        synchronized (cache) {
            connections.acquire();
            try {
                Workers.check(version >= 0, "bad version");
            } finally {
                connections.release();
            }
        }
    }

    void write() throws InterruptedException {
        connections.acquire();
        try {
            Thread.sleep(1); // the update statement
            synchronized (cache) {
                version++;
            }
        } finally {
            connections.release();
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("reader", this::read).start("writer", this::write).join();
    }
}
