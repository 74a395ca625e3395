package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/** {@link RacyOnce} fixed as the document fixes it: the check and the set under one lock. */
public final class LockedOnce {

    private static boolean ran = false;
    private static int bodies = 0;
    private static final ReentrantLock lock = new ReentrantLock();

    private LockedOnce() {
    }

    static void foo() {
        lock.lock();
        try {
            if (!ran) {
                Thread.yield();
                ran = true;
                bodies++;
            }
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) {
        try (var tg = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                tg.fork(() -> foo());
            }
        }
        if (bodies != 1) {
            throw new AssertionError("the guarded body ran " + bodies + " times, not once");
        }
    }
}
