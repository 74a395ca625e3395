package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/** {@link Deadlock} with both threads taking the monitors in one global order. */
public final class DeadlockFixed implements Subject {

    private final Object first = new Object();
    private final Object second = new Object();
    private int transfers;

    void transfer() {
        synchronized (first) {
            synchronized (second) {
                transfers++;
            }
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("ab", this::transfer).start("ba", this::transfer).join();
        Workers.check(transfers == 2, "transfers " + transfers);
    }
}
