package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * A JaConTeBe race: a hit counter declared volatile and incremented with {@code ++}, which is a
 * read and a write, not one atomic step; two threads lose an increment when one switches in
 * between (sync: volatile accesses). {@link VolatileCounterFixed} uses an AtomicInteger.
 */
public final class VolatileCounter implements Subject {

    private volatile int hits;

    void hit() {
        hits++;
        hits++;
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("a", this::hit).start("b", this::hit).join();
        Workers.check(hits == 4, "hits " + hits + " after 4 increments");
    }
}
