package dev.interleave.realworld.pool2;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * Four workers share a commons-pool2 pool of two connections; each borrows one, uses it and returns
 * it in a {@code finally}. The pool never makes more than two, and every worker gets one.
 * {@link ConnectionLeakBug} has a path that keeps its connection.
 */
public final class ConnectionPoolFixed {

    private ConnectionPoolFixed() {
    }

    /** A connection to a slow backend: opening and using it takes time. */
    record Connection(int id) {
        void query() throws InterruptedException {
            Thread.sleep(Duration.ofMillis(5));
        }
    }

    /** Makes connections and counts them. */
    static final class Connections extends BasePooledObjectFactory<Connection> {
        final AtomicInteger made = new AtomicInteger();

        @Override
        public Connection create() throws InterruptedException {
            Thread.sleep(Duration.ofMillis(2));
            return new Connection(made.incrementAndGet());
        }

        @Override
        public PooledObject<Connection> wrap(Connection connection) {
            return new DefaultPooledObject<>(connection);
        }
    }

    static GenericObjectPool<Connection> pool(Connections connections) {
        GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(2);
        config.setJmxEnabled(false);
        return new GenericObjectPool<>(connections, config);
    }

    public static void main(String[] args) throws Exception {
        Connections connections = new Connections();
        AtomicInteger served = new AtomicInteger();
        try (GenericObjectPool<Connection> pool = pool(connections)) {
            ExecutorService workers = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                workers.submit(() -> {
                    Connection connection = pool.borrowObject();
                    try {
                        connection.query();
                        served.incrementAndGet();
                    } finally {
                        pool.returnObject(connection);
                    }
                    return null;
                });
            }
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new AssertionError("the workers did not finish");
            }
        }
        System.out.println(served.get() + " requests served on " + connections.made.get() + " connection(s)");
        if (served.get() != 4 || connections.made.get() > 2) {
            throw new AssertionError("served " + served.get() + " on " + connections.made.get() + " connections");
        }
    }
}
