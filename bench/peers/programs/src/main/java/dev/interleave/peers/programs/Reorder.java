package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "reorder" with {@code threads} threads, as issue 17 measures it: {@code threads - 1}
 * setters each write {@code a = 1} then {@code b = -1} (both volatile, so each write is a
 * scheduling point of sync mode and of Fray), and a checker started last reads {@code a},
 * {@code a}, {@code b}. It fails only when it runs inside one setter's two-write window before any
 * setter has finished; the more setters, the rarer that is for a walk that picks threads
 * uniformly at every step (most setters end before the checker even starts). The thread count is
 * a constructor argument so that one class serves every row (Catalog.make calls {@code new}).
 */
public final class Reorder implements Subject {

    private final int threads;
    private volatile int a;
    private volatile int b;

    public Reorder(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("Reorder needs a setter and the checker, not " + threads + " threads");
        }
        this.threads = threads;
    }

    void set() {
        a = 1;
        b = -1;
    }

    void check() {
        int first = a;
        int second = a;
        int third = b;
        Workers.check(!(first == 1 && third == 0),
                "saw a = " + first + ", " + second + " but b = " + third + ": a setter's writes half done");
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        Workers workers = new Workers(kind);
        for (int i = 0; i < threads - 1; i++) {
            workers.start("setter-" + i, this::set);
        }
        workers.start("checker", this::check).join();
    }
}
