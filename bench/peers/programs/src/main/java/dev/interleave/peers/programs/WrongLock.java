package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SCTBench's "wrong lock" pattern: two threads increment one counter, each under a different
 * lock, so the locks exclude nothing. Needs a switch between the read and the write of the
 * counter (preemptive).
 */
public final class WrongLock implements Subject {

    private final ReentrantLock lockA = new ReentrantLock();
    private final ReentrantLock lockB = new ReentrantLock();
    private int count;

    void increment(ReentrantLock lock) {
        lock.lock();
        try {
            int read = count;
            count = read + 1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("a", () -> increment(lockA)).start("b", () -> increment(lockB)).join();
        Workers.check(count == 2, "count " + count + " after two increments");
    }
}
