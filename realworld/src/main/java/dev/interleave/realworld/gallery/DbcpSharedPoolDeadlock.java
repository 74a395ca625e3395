package dev.interleave.realworld.gallery;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import javax.sql.StatementEventListener;
import org.apache.commons.dbcp.datasources.SharedPoolDataSource;

/**
 * commons-dbcp 1.2.2 (on commons-pool 1.3): a pool deadlock in {@code SharedPoolDataSource}.
 * {@code getPooledConnectionAndInfo} is {@code synchronized} on the data source and borrows from the
 * keyed pool inside it; when the user's pool is exhausted the borrower waits in the pool, still
 * holding the data source's monitor, and every other {@code getConnection}, for any user, waits
 * behind it. A request that holds alice's only connection and needs bob's (free) before it can
 * return alice's then waits for the data source's monitor, held by a second alice request that waits
 * for the first to return: a deadlock between the data source's monitor and the pool.
 *
 * <p>The connections come from a small in-memory {@code ConnectionPoolDataSource}, so that only
 * DBCP and commons-pool take part.
 */
public final class DbcpSharedPoolDeadlock {

    private DbcpSharedPoolDeadlock() {
    }

    public static void main(String[] args) throws Exception {
        SharedPoolDataSource dataSource = new SharedPoolDataSource();
        dataSource.setConnectionPoolDataSource(new MemoryDataSource());
        dataSource.setMaxActive(1);
        dataSource.setMaxWait(-1);

        CountDownLatch aliceHeld = new CountDownLatch(1);
        Thread report = new Thread(() -> {
            try (Connection alice = dataSource.getConnection("alice", "secret")) {
                aliceHeld.countDown();
                Thread.yield(); // the report's first query
                try (Connection bob = dataSource.getConnection("bob", "secret")) {
                    bob.isValid(1); // reads bob's settings before it finishes with alice's data
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, "report");
        Thread audit = new Thread(() -> {
            try {
                aliceHeld.await();
                try (Connection alice = dataSource.getConnection("alice", "secret")) {
                    alice.isValid(1);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "audit");
        report.start();
        audit.start();
        report.join();
        audit.join();
        dataSource.close();
        System.out.println("both requests served");
    }

    /** A database in memory: its connections do nothing but tell their listeners when closed. */
    static final class MemoryDataSource implements ConnectionPoolDataSource {
        @Override
        public PooledConnection getPooledConnection() {
            return new MemoryPooledConnection();
        }

        @Override
        public PooledConnection getPooledConnection(String user, String password) {
            return new MemoryPooledConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }
    }

    /** One physical connection; {@code close()} on its handle hands it back through the listeners. */
    static final class MemoryPooledConnection implements PooledConnection {
        private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, methodArgs) -> switch (method.getName()) {
                        case "close" -> {
                            ConnectionEvent closed = new ConnectionEvent(this);
                            listeners.forEach(l -> l.connectionClosed(closed));
                            yield null;
                        }
                        case "isValid", "getAutoCommit" -> true;
                        case "isClosed", "isReadOnly" -> false;
                        case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == methodArgs[0];
                        case "toString" -> "memory connection";
                        default -> null;
                    });
        }

        @Override
        public void close() {
        }

        @Override
        public void addConnectionEventListener(ConnectionEventListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeConnectionEventListener(ConnectionEventListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void addStatementEventListener(StatementEventListener listener) {
        }

        @Override
        public void removeStatementEventListener(StatementEventListener listener) {
        }
    }
}
