package dev.interleave.realworld.gallery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Derby 10.5 embedded, DERBY-4279: the statement cache deadlock. A cached statement that has become
 * invalid is recompiled by the first transaction that runs it; the other transactions that run the
 * same SQL wait on the statement's monitor until the compilation ends. Compiling needs a shared lock
 * on the table. So when transaction 1 holds the table's exclusive lock, transaction 2 starts
 * recompiling and waits for the table lock, and transaction 1 then runs the same SQL and waits for
 * the compilation: neither can go on. Derby sees only one lock wait, finds no deadlock, and ends it
 * with a lock timeout (here 2 s instead of 60 s, set below) whose message says nothing of a deadlock.
 *
 * <p>Written from the report's steps: cache the query, invalidate it (a new index on the table), then
 * the two transactions.
 */
public final class DerbyStatementCacheDeadlock {

    private static final String URL = "jdbc:derby:memory:derby4279";
    private static final String QUERY = "SELECT MYCOLUMN FROM MYTABLE";

    private DerbyStatementCacheDeadlock() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.locks.waitTimeout", "2");
        System.setProperty("derby.locks.deadlockTimeout", "1");
        try (Connection setup = DriverManager.getConnection(URL + ";create=true"); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE MYTABLE (MYCOLUMN INT)");
            s.execute("INSERT INTO MYTABLE VALUES (1), (2), (3)");
            read(setup); // the query is now in the statement cache
            s.execute("CREATE INDEX MYINDEX ON MYTABLE (MYCOLUMN)"); // and now out of date
        }
        CountDownLatch locked = new CountDownLatch(1);
        Thread first = new Thread(() -> transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE MYTABLE IN EXCLUSIVE MODE");
            }
            locked.countDown();
            read(c);
        }), "transaction-1");
        Thread second = new Thread(() -> transaction(c -> {
            awaitQuietly(locked);
            read(c);
        }), "transaction-2");
        first.start();
        second.start();
        first.join();
        second.join();
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException shutDown) {
            // Derby reports its own shutdown with an exception (SQLState XJ015).
        }
        System.out.println("both transactions committed");
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private static void transaction(Work work) {
        try (Connection c = DriverManager.getConnection(URL)) {
            c.setAutoCommit(false);
            work.run(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(QUERY)) {
            while (r.next()) {
                r.getInt(1);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
