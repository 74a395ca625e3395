package dev.interleave.realworld.jdk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The seeded bug: a lost update through JDBC. Each teller reads the balance with one statement,
 * asks the audit service (a short wait), and writes the balance it read plus one with another, in
 * auto-commit mode: the two statements are two transactions. Two tellers that read the same
 * balance write the same new one, and a credit is lost. {@link LedgerJdbcFixed} lets the database
 * add.
 */
public final class LedgerJdbcBug {

    private LedgerJdbcBug() {
    }

    public static void main(String[] args) throws Exception {
        String name = "ledgerBug";
        LedgerJdbcFixed.create(name);
        ExecutorService tellers = Executors.newFixedThreadPool(2);
        try {
            Future<?>[] done = new Future<?>[2];
            for (int t = 0; t < 2; t++) {
                done[t] = tellers.submit(() -> {
                    try (Connection c = DriverManager.getConnection(LedgerJdbcFixed.url(name));
                         PreparedStatement write = c.prepareStatement("UPDATE ACCOUNT SET BAL = ? WHERE ID = 1")) {
                        for (int i = 0; i < LedgerJdbcFixed.CREDITS; i++) {
                            int read = LedgerJdbcFixed.balance(c);
                            Thread.sleep(1); // the audit service
                            write.setInt(1, read + 1);
                            write.executeUpdate();
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
        try (var c = DriverManager.getConnection(LedgerJdbcFixed.url(name))) {
            balance = LedgerJdbcFixed.balance(c);
        }
        LedgerJdbcFixed.drop(name);
        System.out.println("balance " + balance);
        if (balance != 2 * LedgerJdbcFixed.CREDITS) {
            throw new AssertionError("lost update: balance " + balance + " after " + 2 * LedgerJdbcFixed.CREDITS + " credits");
        }
    }
}
