package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import java.util.concurrent.LinkedBlockingQueue;

/** The JDK's LinkedBlockingQueue of capacity 2 (two locks; offer can find it full), correct; no blocking operation. */
public final class BlockingQueueSpec {

    private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>(2);

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
