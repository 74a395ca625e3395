package dev.interleave.realworld.gallery;

import java.time.Duration;
import org.apache.commons.pool.BasePoolableObjectFactory;
import org.apache.commons.pool.impl.GenericObjectPool;

/**
 * commons-pool 1.2, POOL-120: {@code makeObject} races with the pool's limit. In 1.2
 * {@code GenericObjectPool.addObject()} (what the evictor's {@code ensureMinIdle} and a warm-up call)
 * makes an object outside the pool's monitor without counting it anywhere, and
 * {@code borrowObject} counts only active objects against {@code maxActive}. A borrower that comes
 * while a warm-up's {@code makeObject} is in progress sees room and makes another: the pool holds
 * more objects than {@code maxActive} allows (here, two connections to a server that takes one).
 */
public final class Pool120MakeObjectRace {

    private Pool120MakeObjectRace() {
    }

    /** Connections to a server that accepts one: counts the open ones. */
    static final class Connections extends BasePoolableObjectFactory {
        private int open;
        private int mostOpen;

        @Override
        public Object makeObject() throws Exception {
            int now;
            synchronized (this) {
                now = ++open;
                mostOpen = Math.max(mostOpen, now);
            }
            Thread.sleep(Duration.ofMillis(2)); // connecting
            return "connection-" + now;
        }

        @Override
        public synchronized void destroyObject(Object connection) {
            open--;
        }

        synchronized int mostOpen() {
            return mostOpen;
        }
    }

    public static void main(String[] args) throws Exception {
        Connections connections = new Connections();
        GenericObjectPool pool = new GenericObjectPool(connections);
        pool.setMaxActive(1);
        pool.setWhenExhaustedAction(GenericObjectPool.WHEN_EXHAUSTED_BLOCK);

        Thread warmUp = new Thread(() -> {
            try {
                pool.addObject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "warm-up");
        warmUp.start();
        Object connection = pool.borrowObject();
        pool.returnObject(connection);
        warmUp.join();
        pool.close();
        System.out.println("at most " + connections.mostOpen() + " connection(s) open");
        if (connections.mostOpen() > 1) {
            throw new AssertionError("POOL-120: " + connections.mostOpen() + " connections open at once, maxActive is 1");
        }
    }
}
