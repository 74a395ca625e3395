package dev.interleave.realworld.gallery;

import java.time.Duration;
import org.apache.commons.pool.BaseKeyedPoolableObjectFactory;
import org.apache.commons.pool.impl.GenericKeyedObjectPool;

/**
 * commons-pool 1.5.4, POOL-146: a deadlock between the pool's monitor and the factory's. Pool 1.5
 * moved factory calls out of the pool's synchronized blocks (POOL-125, DBCP-44), but one path was
 * left inside: when an object is returned while a borrower waits and {@code maxTotal} is reached,
 * {@code addObjectToPool} calls {@code allocate()} under the pool's monitor, and {@code allocate()}
 * makes room with {@code clearOldest()}, which destroys idle objects through the factory, still
 * under that monitor. A factory whose methods are synchronized, and that asks the pool something
 * while it makes an object, then takes the two monitors in the other order.
 *
 * <p>Three keyed "connections" may exist at once. Main holds one for A and one for B; a borrower
 * for C waits; a borrower for A is allowed to make a third, and its {@code makeObject} (holding the
 * factory) connects, then asks the pool how many are active; main returns B's connection. Under
 * plain {@code java} it hangs only when the return comes while the connect is in progress.
 */
public final class Pool146Deadlock {

    private Pool146Deadlock() {
    }

    /** A factory of connections whose methods are synchronized, as many were. */
    static final class Connections extends BaseKeyedPoolableObjectFactory {
        private GenericKeyedObjectPool pool;
        private int made;

        synchronized void attach(GenericKeyedObjectPool pool) {
            this.pool = pool;
        }

        @Override
        public synchronized Object makeObject(Object key) throws Exception {
            Thread.sleep(Duration.ofMillis(2)); // connecting
            made++;
            return key + "-" + made + " (" + pool.getNumActive() + " active)";
        }

        @Override
        public synchronized void destroyObject(Object key, Object connection) {
            // closing the connection
        }
    }

    public static void main(String[] args) throws Exception {
        Connections connections = new Connections();
        GenericKeyedObjectPool pool = new GenericKeyedObjectPool(connections);
        connections.attach(pool);
        pool.setMaxTotal(3);
        pool.setMaxActive(2);
        pool.setWhenExhaustedAction(GenericKeyedObjectPool.WHEN_EXHAUSTED_BLOCK);

        Object a = pool.borrowObject("A");
        Object b = pool.borrowObject("B");
        Thread thirdA = new Thread(() -> borrowAndReturn(pool, "A"), "borrower-A");
        Thread waitingC = new Thread(() -> borrowAndReturn(pool, "C"), "borrower-C");
        thirdA.start();
        waitingC.start();
        pool.returnObject("B", b);
        pool.returnObject("A", a);
        thirdA.join();
        waitingC.join();
        pool.close();
        System.out.println("all borrowers served");
    }

    private static void borrowAndReturn(GenericKeyedObjectPool pool, String key) {
        try {
            Object connection = pool.borrowObject(key);
            pool.returnObject(key, connection);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
