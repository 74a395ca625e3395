package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "reorder" pattern with many threads: nine setters each write {@code a = 1} then
 * {@code b = -1}; a checker started first reads both and sees a half-done update only if it runs
 * between some setter's two plain writes (preemptive). Many threads make that rarer for a random
 * walk.
 */
public final class Reorder implements Subject {

    static final int SETTERS = 9;
    private int a;
    private int b;

    void set() {
        a = 1;
        b = -1;
    }

    void check() {
        int seenA = a;
        int seenB = b;
        checkWhole(seenA, seenB);
    }

    /** Both writes of a setter, or neither, must be seen. */
    static void checkWhole(int seenA, int seenB) {
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
