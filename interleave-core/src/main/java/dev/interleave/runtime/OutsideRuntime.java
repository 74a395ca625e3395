package dev.interleave.runtime;

import dev.interleave.bridge.OutsideHooks;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The runtime behind the bridge's {@code Outside}: a controlled task's wait for a descriptor becomes
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
        execution.outside.awaitDescriptor(task, fd, events, nanos, isOpen, what);
        return true;
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
