package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link VolatileCounter} with an AtomicInteger: no increment is lost. */
public final class VolatileCounterFixed implements Subject {

    private final AtomicInteger hits = new AtomicInteger();

    void hit() {
        hits.incrementAndGet();
        hits.incrementAndGet();
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("a", this::hit).start("b", this::hit).join();
        Workers.check(hits.get() == 4, "hits " + hits.get() + " after 4 increments");
    }
}
