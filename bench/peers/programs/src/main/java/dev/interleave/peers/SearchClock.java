package dev.interleave.peers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The real clock for the search-time figures, read where the tools may rewrite clock reads:
 * Interleave's agent sends a program's {@code System.nanoTime()} calls to its virtual clock inside a
 * controlled task, and the counted body runs there. A call through a method handle is not a
 * {@code System.nanoTime} call site, so it reads the machine's clock under every tool.
 */
public final class SearchClock {

    private static final MethodHandle NANO_TIME;

    static {
        try {
            NANO_TIME = MethodHandles.publicLookup().findStatic(System.class, "nanoTime", MethodType.methodType(long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SearchClock() {
    }

    /** {@code System.nanoTime()}, real under every tool. */
    public static long nanos() {
        try {
            return (long) NANO_TIME.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
