package dev.interleave.bridge;

import java.util.function.BooleanSupplier;

/**
 * Static entry points that the JDK's I/O classes call once patched (see {@code OutsidePatches} in
 * the agent): where a controlled task would wait for the outside world (a socket, a pipe, a selector,
 * a process), so that the scheduler owns the wait instead of the JDK's poller threads, and knows that
 * the task waits outside rather than for another task. Kept apart from {@link Bridge} so that this
 * concern installs on its own. With no hooks installed every call does what the JDK would.
 */
public final class Outside {

    private static volatile OutsideHooks hooks;

    private Outside() {
    }

    /** Installs the runtime's hooks; the previous hooks must be null or {@code expected}. */
    public static synchronized void install(OutsideHooks expected, OutsideHooks installed) {
        if (hooks != expected) {
            throw new IllegalStateException("other outside-world hooks are already installed");
        }
        hooks = installed;
    }

    /** True when the runtime waited for the descriptor itself: the JDK's poller must then not. */
    public static boolean poll(int fd, int event, long nanos, BooleanSupplier isOpen) {
        OutsideHooks h = hooks;
        return h != null && h.poll(fd, event, nanos, isOpen);
    }

    /** True when the runtime waited for the selector's descriptor itself. */
    public static boolean pollSelector(int fd, long nanos) {
        OutsideHooks h = hooks;
        return h != null && h.pollSelector(fd, nanos);
    }

    /** Before a {@code FileInputStream} read of up to {@code length} bytes from {@code fd}. */
    public static void awaitRead(java.io.FileDescriptor fd, int length) {
        OutsideHooks h = hooks;
        if (h != null && length > 0) {
            h.awaitRead(fd, length);
        }
    }

    public static void stopPoll(int fd, int event) {
        OutsideHooks h = hooks;
        if (h != null) {
            h.stopPoll(fd, event);
        }
    }

    /** A process's exit completion, or the one the runtime has the caller use instead. */
    public static java.util.concurrent.CompletableFuture<?> exitCompletion(
            java.util.concurrent.CompletableFuture<?> completion) {
        OutsideHooks h = hooks;
        return h == null || completion == null ? completion : h.exitCompletion(completion);
    }
}
