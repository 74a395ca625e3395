package dev.interleave.runtime;

import dev.interleave.bridge.Bridge;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Tells whether the JDK's process reaper is done with a process's exit completion. The reaper thread
 * completes the future, which runs, on that thread, what waits for it (the signal that wakes a task in
 * {@code Process.waitFor}), and only then takes the future out of {@code ProcessHandleImpl}'s table of
 * completions. So a future that is done and out of the table has delivered every wake-up it causes:
 * until then a task blocked on it is not deadlocked, it waits for the outside world.
 */
final class ProcessExits {

    private static final VarHandle COMPLETIONS;

    static {
        if (!Bridge.openJavaBaseTo(ProcessExits.class.getModule())) {
            throw new AgentMissingException();
        }
        try {
            Class<?> handles = Class.forName("java.lang.ProcessHandleImpl");
            COMPLETIONS = MethodHandles.privateLookupIn(handles, MethodHandles.lookup())
                    .findStaticVarHandle(handles, "completions", java.util.concurrent.ConcurrentMap.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ProcessExits() {
    }

    /** Whether the reaper has completed {@code completion} and delivered what depends on it. */
    static boolean settled(CompletableFuture<?> completion) {
        return completion.isDone() && !((Map<?, ?>) COMPLETIONS.get()).containsValue(completion);
    }
}
