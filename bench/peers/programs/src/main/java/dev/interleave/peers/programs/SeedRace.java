package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * The motivating document's race: three threads each check a plain flag, yield (asyncio's
 * {@code await asyncio.sleep(0)}), then set it and run the guarded body; the body must run once.
 * A switch at the yield suffices (cooperative).
 */
public final class SeedRace implements Subject {

    private boolean ran;
    private int bodies;

    void once() {
        if (!ran) {
            Thread.yield();
            ran = true;
            bodies++;
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("t1", this::once).start("t2", this::once).start("t3", this::once).join();
        Workers.check(bodies == 1, "the guarded body ran " + bodies + " times, not once");
    }
}
