package dev.interleave.realworld.pool2;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.pool2.impl.GenericObjectPool;

/**
 * The seeded bug: a connection borrowed and never returned. Each worker warms a cache unless another
 * worker has already done it; the early exit for "already warm" forgets to return the connection it
 * borrowed. Each worker that finds the cache warm costs the pool of two a connection, and the fifth
 * worker waits forever for one: the program hangs (a deadlock). Whether it happens depends on the
 * order the workers run in. {@link ConnectionPoolFixed} returns the connection in a {@code finally}.
 */
public final class ConnectionLeakBug {

    private ConnectionLeakBug() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionPoolFixed.Connections connections = new ConnectionPoolFixed.Connections();
        AtomicBoolean warm = new AtomicBoolean();
        try (GenericObjectPool<ConnectionPoolFixed.Connection> pool = ConnectionPoolFixed.pool(connections)) {
            ExecutorService workers = Executors.newFixedThreadPool(5);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                done.add(workers.submit(() -> {
                    ConnectionPoolFixed.Connection connection = pool.borrowObject();
                    if (warm.get()) {
                        return null; // already warm: nothing to do (and the connection is never returned)
                    }
                    connection.query();
                    warm.set(true);
                    pool.returnObject(connection);
                    return null;
                }));
            }
            for (Future<?> worker : done) {
                worker.get();
            }
            workers.shutdown();
        }
        System.out.println("cache warmed on " + connections.made.get() + " connection(s)");
    }
}
