package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * An execution that stops early leaves tasks parked for good. Nothing may keep them: an
 * exploration runs thousands of executions in one JVM, and the JVM's root thread container keeps
 * every virtual thread it starts unless told otherwise (this test's JVM is not told).
 */
class AbandonedTasksTest {

    @Test
    void tasksLeftParkedByAStoppedExecutionCanBeCollected() throws InterruptedException {
        List<WeakReference<Thread>> left = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> {
                CountDownLatch never = new CountDownLatch(1);
                Thread parked = Thread.ofVirtual().start(() -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                left.add(new WeakReference<>(parked));
                Thread.yield(); // let it park
                throw new IllegalStateException("stop the execution early");
            });
            assertInstanceOf(Failure.UncaughtException.class, result.verdict());
        }
        for (int attempt = 0; attempt < 20 && left.stream().anyMatch(ref -> ref.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(0, left.stream().filter(ref -> ref.get() != null).count(), "tasks still reachable");
    }
}
