package dev.interleave.internal.runtime;

import dev.interleave.bridge.OutsideHooks;
import java.io.FileDescriptor;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The runtime behind the bridge's {@code Outside}: a controlled task's wait for a descriptor (a
 * socket's, a selector's, or {@code System.in}'s) becomes
 * a wait its execution owns (see {@link OutsideWaits}); other threads get the JDK's own behaviour.
 */
final class OutsideRuntime implements OutsideHooks {

    @Override
    public boolean poll(int fd, int event, long nanos, BooleanSupplier isOpen) {
        return await(fd, event, nanos, isOpen, event == Descriptors.POLLIN ? "input" : "output");
    }

    @Override
    public boolean pollSelector(int fd, long nanos) {
        return await(fd, Descriptors.POLLIN, nanos, () -> true, "a selector");
    }

    private static boolean await(int fd, int events, long nanos, BooleanSupplier isOpen, String what) {
        Execution execution = ControlledRuntime.executionOf(Thread.currentThread());
        Task task = execution == null ? null : execution.current();
        if (task == null || task.thread != Thread.currentThread()) {
            return false;
        }
        execution.outside.awaitDescriptor(task, new OutsideWait(task, fd, events, nanos, what), isOpen);
        return true;
    }

    /**
     * Only the standard input's reads wait outside. Other {@code FileInputStream}s block their carrier
     * as before: a regular file answers at once, and a process's output read while the process runs
     * would, as a wait, end at a moment the process decides, so that two runs could take different
     * steps; blocked, the read is one step every time.
     */
    @Override
    public void awaitRead(FileDescriptor fd, int length) {
        if (fd != FileDescriptor.in) {
            return;
        }
        Execution execution = ControlledRuntime.executionOf(Thread.currentThread());
        Task task = execution == null ? null : execution.current();
        // Input already there (or the end of it) is read at once: no wait, no point.
        if (task == null || task.thread != Thread.currentThread() || Descriptors.ready(fd, Descriptors.POLLIN)) {
            return;
        }
        execution.outside.awaitDescriptor(task, new OutsideWait(task, fd, Descriptors.POLLIN, "System.in"), fd::valid);
    }

    @Override
    public void stopPoll(int fd, int event) {
        Execution execution = ControlledRuntime.executionOf(Thread.currentThread());
        if (execution != null) {
            execution.outside.stop(fd, event);
        }
    }

    @Override
    public CompletableFuture<?> exitCompletion(CompletableFuture<?> completion) {
        Execution execution = ControlledRuntime.executionOf(Thread.currentThread());
        return execution == null || execution.current() == null ? completion : execution.outside.exitAwaited(completion);
    }
}
