package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "deadlock" pattern: two threads take two monitors in opposite orders, with nothing
 * in between. It deadlocks only if a thread is switched out right after its first monitor enter,
 * which does not block (sync). {@link DeadlockFixed} takes them in one order.
 */
public final class Deadlock implements Subject {

    private final Object first = new Object();
    private final Object second = new Object();
    private int transfers;

    void transfer(Object from, Object to) {
        synchronized (from) {
            synchronized (to) {
                transfers++;
            }
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("ab", () -> transfer(first, second)).start("ba", () -> transfer(second, first)).join();
        Workers.check(transfers == 2, "transfers " + transfers);
    }
}
