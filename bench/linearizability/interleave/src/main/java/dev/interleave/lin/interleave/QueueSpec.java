package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The JDK's ConcurrentLinkedQueue, correct. */
public final class QueueSpec {

    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();

    @Operation
    public boolean offer(@Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return queue.offer(value);
    }

    @Operation
    public Integer poll() {
        return queue.poll();
    }

    @Operation
    public Integer peek() {
        return queue.peek();
    }
}
