package dev.interleave.testprograms;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver, found through its service file and registered by its initializer, as real drivers
 * are; it answers {@code jdbc:fake:} URLs only from the instance registered in this execution, which
 * is what DriverManager must use in every execution.
 */
public final class FakeDriver implements Driver {

    static final FakeDriver REGISTERED = new FakeDriver();

    static {
        try {
            DriverManager.registerDriver(REGISTERED);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        throw new SQLException(this == REGISTERED ? "reached this execution's driver" : "reached a driver of another execution");
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:fake:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    /** A program that connects through DriverManager and prints what it reached. */
    public static final class Connects {
        private Connects() {
        }

        public static void main(String[] args) {
            try {
                DriverManager.getConnection("jdbc:fake:db").close();
            } catch (SQLException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
