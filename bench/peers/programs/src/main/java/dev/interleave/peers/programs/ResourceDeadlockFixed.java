package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.Semaphore;

/** {@link ResourceDeadlock} with the writer invalidating the cache after it gives the connection back. */
public final class ResourceDeadlockFixed implements Subject {

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
        } finally {
            connections.release();
        }
        synchronized (cache) {
            version++;
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("reader", this::read).start("writer", this::write).join();
    }
}
