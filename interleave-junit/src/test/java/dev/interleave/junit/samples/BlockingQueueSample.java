package dev.interleave.junit.samples;

import dev.interleave.junit.LinearizabilityTest;
import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The JDK's blocking queue, its take declared blocking: a run that ends with a take waiting for an
 * element no order could have given it is no failure. Run by the extension's tests, not by Surefire.
 */
public class BlockingQueueSample {

    final LinkedBlockingQueue<Integer> q = new LinkedBlockingQueue<>();

    @Operation
    void put(@Param(gen = IntGen.class, conf = "1:2") int x) throws InterruptedException {
        q.put(x);
    }

    @Operation(blocking = true)
    Integer take() throws InterruptedException {
        return q.take();
    }

    @LinearizabilityTest(scenarios = 10, seed = 8, operationsPerThread = 2, strategy = dev.interleave.Strategies.DFS,
            schedules = 100_000)
    void linearizable() {
    }
}
