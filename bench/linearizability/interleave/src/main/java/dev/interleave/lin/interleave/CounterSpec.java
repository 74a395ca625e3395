package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import dev.interleave.lin.structures.LockCounter;

/** A counter behind a ReentrantLock, correct. */
public final class CounterSpec {

    private final LockCounter counter = new LockCounter();

    @Operation
    public int addAndGet(@Param(gen = IntGen.class, conf = Domains.VALUE) int delta) {
        return counter.addAndGet(delta);
    }

    @Operation
    public int get() {
        return counter.get();
    }
}
