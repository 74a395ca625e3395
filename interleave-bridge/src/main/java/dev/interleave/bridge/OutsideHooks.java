package dev.interleave.bridge;

import java.util.function.BooleanSupplier;

/**
 * What the runtime does where the JDK's code waits on the outside world for a controlled task (see
 * {@link Outside}). Every call is made only while a runtime is installed, and must answer quickly for
 * threads that are not controlled.
 */
public interface OutsideHooks {

    /**
     * The calling thread is about to park until file descriptor {@code fd} is ready for {@code event}
     * ({@code POLLIN} or {@code POLLOUT}), for up to {@code nanos} (0: no limit). True when the runtime
     * waited for it (the JDK's poller is then not used); false for a thread that is not controlled.
     */
    boolean poll(int fd, int event, long nanos, BooleanSupplier isOpen);

    /** As {@link #poll}, for a selector's own descriptor, ready when a channel it watches is. */
    boolean pollSelector(int fd, long nanos);

    /**
     * The calling thread is about to read up to {@code length} bytes from a {@code FileInputStream} on
     * {@code fd} ({@code System.in}, a pipe, a device, a file), a read that blocks its carrier in the
     * JDK: for a controlled task, returns once the descriptor has input (at once for a regular file),
     * having waited for it as for a socket's; for other threads, at once.
     */
    void awaitRead(java.io.FileDescriptor fd, int length);

    /** Whoever waits for {@code fd} to be ready for {@code event} must stop waiting: it is being closed. */
    void stopPoll(int fd, int event);

    /**
     * A process's exit is awaited through {@code completion}, which the JDK completes from its process
     * reaper thread, at a moment of its choosing: answers the future the caller should use instead
     * (for a controlled task, one that its execution completes at a point of the schedule).
     */
    java.util.concurrent.CompletableFuture<?> exitCompletion(java.util.concurrent.CompletableFuture<?> completion);
}
