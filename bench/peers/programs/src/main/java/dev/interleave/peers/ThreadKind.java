package dev.interleave.peers;

import java.lang.reflect.Method;

/**
 * Which threads a program starts. Virtual threads are made by reflection, so that the programs
 * compile for Java 17 and run unchanged on JDK 17 (where asking for them throws) and JDK 25.
 */
public enum ThreadKind {
    PLATFORM, VIRTUAL;

    /** Starts {@code body} on a new thread of this kind. */
    public Thread start(String name, Runnable body) {
        Thread thread = this == PLATFORM ? new Thread(body, name) : newVirtual(name, body);
        thread.start();
        return thread;
    }

    private static Thread newVirtual(String name, Runnable body) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> type = Class.forName("java.lang.Thread$Builder");
            builder = type.getMethod("name", String.class).invoke(builder, name);
            Method unstarted = type.getMethod("unstarted", Runnable.class);
            return (Thread) unstarted.invoke(builder, body);
        } catch (NoSuchMethodException | ClassNotFoundException e) {
            throw new UnsupportedOperationException("this JDK has no virtual threads (" + Runtime.version() + ")");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a virtual thread", e);
        }
    }

    public static ThreadKind parse(String text) {
        return valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
}
