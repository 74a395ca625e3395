package dev.interleave.junit.samples;

import dev.interleave.junit.LinearizabilityTest;
import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A blocking queue whose take looks for an element, lets go of the lock, then waits: a put in
 * between notifies no one, and the take waits for ever beside an element. Declared blocking, the
 * take may block, but not there. Run by the extension's tests, not by Surefire.
 */
public class LostWakeUpSample {

    private final Deque<Integer> items = new ArrayDeque<>();
    private final Object lock = new Object();

    @Operation
    void put(@Param(gen = IntGen.class, conf = "1:2") int x) {
        synchronized (lock) {
            items.add(x);
            lock.notifyAll();
        }
    }

    @Operation(blocking = true)
    Integer take() throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if (!items.isEmpty()) {
                    return items.poll();
                }
            }
            synchronized (lock) {
                lock.wait();
            }
        }
    }

    @LinearizabilityTest(threads = 3, operationsPerThread = 3, scenarios = 30, seed = 4)
    void linearizable() {
    }
}
