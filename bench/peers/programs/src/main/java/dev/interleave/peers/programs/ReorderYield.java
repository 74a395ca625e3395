package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * The reorder pattern where each of nine setters writes plain fields and yields between its two
 * writes (its update is two messages): the checker, started first, must run after some setter's
 * first write and before its second. A switch at the yield suffices (cooperative); ten threads make
 * the window narrow. ({@link Reorder} is the volatile form issue 17 measures.)
 */
public final class ReorderYield implements Subject {

    static final int SETTERS = 9;
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
        Workers.check((seenA == 0 && seenB == 0) || (seenA == 1 && seenB == -1),
                "saw a=" + seenA + " b=" + seenB + ": a half-done update");
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        Workers workers = new Workers(kind).start("checker", this::check);
        for (int i = 0; i < SETTERS; i++) {
            workers.start("setter-" + i, this::set);
        }
        workers.join();
    }
}
