package dev.interleave.internal.runtime;

import java.lang.reflect.Field;
import java.util.List;
import jdk.internal.misc.Unsafe;

/**
 * {@code java.sql.DriverManager} keeps, for the life of the JVM, every driver registered with it and
 * whether it has loaded the drivers of {@code META-INF/services} yet. A program that reaches its
 * database through it registers its driver in the first execution only, and later executions would
 * get that execution's driver object (stale static state, or a class of a discarded loader) or "no
 * suitable driver". So each execution starts as a fresh JVM would: the program's drivers (those of
 * a program class loader) are forgotten, and the service files are read again at the next use.
 */
final class JdbcDrivers {

    private static final Unsafe UNSAFE = Unsafe.getUnsafe();

    private JdbcDrivers() {
    }

    /** Forgets the drivers that earlier executions registered; nothing when the program uses no JDBC. */
    static void forgetProgramDrivers() {
        Access access = Access.INSTANCE;
        if (access == null || !access.managerInitialized()) {
            return;
        }
        try {
            boolean removed = access.registered().removeIf(info -> access.programDriver(info));
            if (removed) {
                access.initialized.setBoolean(null, false);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reset java.sql.DriverManager's drivers: " + e, e);
        }
    }

    /** Reflective access to DriverManager's state; null when java.sql is not in the JVM or not open. */
    private record Access(Field registeredField, Field initialized, Field driver) {

        static final Access INSTANCE = find();

        private static Access find() {
            try {
                Class<?> manager = Class.forName("java.sql.DriverManager", false, ClassLoader.getPlatformClassLoader());
                Class<?> info = Class.forName("java.sql.DriverInfo", false, ClassLoader.getPlatformClassLoader());
                Field registered = manager.getDeclaredField("registeredDrivers");
                Field initialized = manager.getDeclaredField("driversInitialized");
                Field driver = info.getDeclaredField("driver");
                registered.setAccessible(true);
                initialized.setAccessible(true);
                driver.setAccessible(true);
                return new Access(registered, initialized, driver);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // No java.sql in this JVM, or a DriverManager of another shape: nothing to reset.
                return null;
            }
        }

        /**
         * Whether DriverManager was initialized: a driver registers itself through it, so until then
         * none is registered. Asked without initializing it or reading its fields: the first
         * reflective read of them cost every program's first execution a few milliseconds.
         */
        boolean managerInitialized() {
            return !UNSAFE.shouldBeInitialized(registeredField.getDeclaringClass());
        }

        @SuppressWarnings("unchecked")
        List<Object> registered() throws IllegalAccessException {
            return (List<Object>) registeredField.get(null);
        }

        boolean programDriver(Object info) {
            try {
                Object driver = this.driver.get(info);
                return driver != null && driver.getClass().getClassLoader() instanceof ProgramClassLoader;
            } catch (IllegalAccessException e) {
                return false;
            }
        }
    }
}
