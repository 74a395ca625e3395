package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * {@link Reorder} where each setter yields between its two writes (its update is two messages):
 * the checker, started first, must run after some setter's first write and before its second.
 * A switch at the yield suffices (cooperative); ten threads make the window narrow.
 */
public final class ReorderYield implements Subject {

    private int a;
    private int b;

    void set() {
        a = 1;
        Thread.yield();
        b = -1;
    }

    void check() {
        int seenA = a;
        int seenB = b;
        Reorder.checkWhole(seenA, seenB);
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        Workers workers = new Workers(kind).start("checker", this::check);
        for (int i = 0; i < Reorder.SETTERS; i++) {
            workers.start("setter-" + i, this::set);
        }
        workers.join();
    }
}
