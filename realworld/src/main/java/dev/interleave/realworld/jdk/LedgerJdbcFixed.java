package dev.interleave.realworld.jdk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two tellers credit one account of an embedded Derby database, reached through
 * {@code java.sql.DriverManager} (the driver registers itself from its jar's service entry). Each
 * credit is one {@code UPDATE ... SET BAL = BAL + 1}: the database makes it atomic, so no credit is
 * lost. {@link LedgerJdbcBug} reads the balance, then writes what it read plus one.
 */
public final class LedgerJdbcFixed {

    static final int CREDITS = 3;

    private LedgerJdbcFixed() {
    }

    static String url(String name) {
        return "jdbc:derby:memory:" + name;
    }

    static void create(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name) + ";create=true"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ACCOUNT (ID INT PRIMARY KEY, BAL INT)");
            s.execute("INSERT INTO ACCOUNT VALUES (1, 0)");
        }
    }

    static int balance(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT BAL FROM ACCOUNT WHERE ID = 1")) {
            r.next();
            return r.getInt(1);
        }
    }

    static void drop(String name) {
        try {
            DriverManager.getConnection(url(name) + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby reports a dropped database with an exception (SQLState 08006).
        }
    }

    public static void main(String[] args) throws Exception {
        String name = "ledgerFixed";
        create(name);
        ExecutorService tellers = Executors.newFixedThreadPool(2);
        try {
            Future<?>[] done = new Future<?>[2];
            for (int t = 0; t < 2; t++) {
                done[t] = tellers.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url(name)); Statement s = c.createStatement()) {
                        for (int i = 0; i < CREDITS; i++) {
                            s.executeUpdate("UPDATE ACCOUNT SET BAL = BAL + 1 WHERE ID = 1");
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            tellers.shutdown();
        }
        int balance;
        try (Connection c = DriverManager.getConnection(url(name))) {
            balance = balance(c);
        }
        drop(name);
        System.out.println("balance " + balance);
        if (balance != 2 * CREDITS) {
            throw new AssertionError("lost credits: balance " + balance + ", expected " + 2 * CREDITS);
        }
    }
}
