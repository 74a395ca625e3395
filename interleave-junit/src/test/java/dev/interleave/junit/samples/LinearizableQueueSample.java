package dev.interleave.junit.samples;

import dev.interleave.junit.LinearizabilityTest;
import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.linearizability.StateKey;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The JDK's lock-free queue, declared by its operations: linearizable. Run by the extension's tests, not by Surefire. */
public class LinearizableQueueSample {

    final ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();

    @Operation
    boolean offer(@Param(gen = IntGen.class, conf = "1:3") int x) {
        return q.offer(x);
    }

    @Operation
    Integer poll() {
        return q.poll();
    }

    @StateKey
    List<Integer> state() {
        return List.copyOf(q);
    }

    @LinearizabilityTest(scenarios = 30, seed = 21, strategy = dev.interleave.Strategies.DFS,
            schedules = 100_000)
    void linearizable() {
    }
}
