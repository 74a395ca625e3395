package dev.interleave.realworld.gallery;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * Derby 10.5 embedded, DERBY-6879: a Java-level deadlock between an XA transaction's timeout and the
 * error of a statement running in that transaction. Two monitors are taken in opposite orders:
 * <ul>
 *   <li>the application's thread runs a statement of the XA transaction holding its connection's
 *       monitor ({@code EmbedStatement.execute}); when the statement fails with an error of
 *       transaction severity (here a lock timeout), Derby's error cleanup calls
 *       {@code XATransactionState.cleanupOnError}, which takes the transaction state's monitor;</li>
 *   <li>the transaction's timeout fires on Derby's timer thread: {@code XATransactionState.cancel} is
 *       a synchronized method (the transaction state's monitor) that rolls back through
 *       {@code EmbedConnection.xa_rollback}, which takes the connection's monitor.</li>
 * </ul>
 * When the timeout fires while the statement waits for a lock and the lock wait then times out, each
 * thread holds the monitor the other needs. Derby's lock manager does not see it (no Derby lock is
 * in the cycle). The fix, in later releases ({@code XATransactionState.CleanupOrCancelMonitor}, whose
 * comment cites DERBY-6879; 10.17.1.0 has it), lets only one of cancel and cleanup go on: there the
 * same program ends, its read failing with the lock timeout.
 *
 * <p>Written from the two stacks of the deadlock in 10.5's code: a connection that is not in the
 * transaction holds the table's lock; the XA transaction (timeout 1 s) reads the table and waits for
 * the lock until its lock timeout (2 s), so that the timer fires while the read waits.
 */
public final class DerbyXaTimeoutDeadlock {

    private DerbyXaTimeoutDeadlock() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.locks.waitTimeout", "2");
        System.setProperty("derby.locks.deadlockTimeout", "1");
        XADataSource source = dataSource("memory:derby6879");
        XAConnection xa = source.getXAConnection();
        XAConnection lockHolder = source.getXAConnection(); // used outside any XA transaction
        try (Connection other = lockHolder.getConnection(); Statement s = other.createStatement()) {
            s.execute("CREATE TABLE ORDERS (ID INT)");
            other.setAutoCommit(false);
            s.execute("LOCK TABLE ORDERS IN EXCLUSIVE MODE"); // held until the end
            XAResource resource = xa.getXAResource();
            Xid xid = new SimpleXid(1);
            resource.setTransactionTimeout(1);
            resource.start(xid, XAResource.TMNOFLAGS);
            try (Statement read = xa.getConnection().createStatement();
                 ResultSet r = read.executeQuery("SELECT ID FROM ORDERS")) {
                while (r.next()) {
                    r.getInt(1);
                }
            } catch (SQLException lockTimeout) {
                System.out.println("the XA transaction's read failed: " + lockTimeout.getSQLState());
            }
            try {
                resource.end(xid, XAResource.TMFAIL);
                resource.rollback(xid);
            } catch (XAException alreadyRolledBack) {
                // The timeout rolled the transaction back first: nothing is left to end.
            }
            other.rollback();
        }
        lockHolder.close();
        xa.close();
        System.out.println("the timeout and the lock timeout both ended");
    }

    /**
     * Derby's embedded XA data source, created by name: the class is in derby.jar up to 10.14 and in
     * derbytools.jar since, so that the program runs on a release with the bug and on one with the fix.
     */
    private static XADataSource dataSource(String database) throws ReflectiveOperationException {
        Class<?> type = Class.forName("org.apache.derby.jdbc.EmbeddedXADataSource");
        Object source = type.getConstructor().newInstance();
        type.getMethod("setDatabaseName", String.class).invoke(source, database);
        type.getMethod("setCreateDatabase", String.class).invoke(source, "create");
        return (XADataSource) source;
    }

    /** The transaction identifier an application server would give. */
    private record SimpleXid(int id) implements Xid {
        @Override
        public int getFormatId() {
            return 6879;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return new byte[] {(byte) id};
        }

        @Override
        public byte[] getBranchQualifier() {
            return new byte[] {1};
        }

        @Override
        public String toString() {
            return "xid " + id + Arrays.toString(getGlobalTransactionId());
        }
    }
}
