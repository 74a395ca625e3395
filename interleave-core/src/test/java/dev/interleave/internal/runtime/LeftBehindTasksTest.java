package dev.interleave.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Verdict;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import org.junit.jupiter.api.Test;

/**
 * A task that outlives its execution in a JDK monitor's wait set (a {@link Timer}'s thread waits
 * on its queue's monitor for good) is held by the JVM as a root. It must not hold its execution:
 * an exploration of a program that starts a timer (Derby does) kept every execution, with all it
 * recorded, and ran out of memory.
 */
class LeftBehindTasksTest {

    @Test
    void aTaskWaitingForGoodInAJdkMonitorDoesNotKeepItsExecution() throws InterruptedException {
        List<WeakReference<Execution>> executions = new ArrayList<>();
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> {
                executions.add(new WeakReference<>(ControlledRuntime.get().currentExecution()));
                // A daemon timer's thread waits in its queue's monitor until the timer is cancelled.
                timers.add(new Timer("left-behind", true));
                Thread.yield();
            });
            assertInstanceOf(Verdict.Pass.class, result.verdict());
        }
        assertEquals(5, executions.stream().filter(ref -> ref.get() != null).count(), "the executions were recorded");
        for (int attempt = 0; attempt < 20 && executions.stream().anyMatch(ref -> ref.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(0, executions.stream().filter(ref -> ref.get() != null).count(),
                "executions kept alive by their timers' threads (" + timers.size() + " timers)");
    }
}
