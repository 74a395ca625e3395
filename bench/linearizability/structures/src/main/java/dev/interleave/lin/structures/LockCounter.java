package dev.interleave.lin.structures;

import java.util.concurrent.locks.ReentrantLock;

/** A correct counter behind a lock: the lock-based structure of the run, where a failure is a false alarm. */
public final class LockCounter {

    private final ReentrantLock lock = new ReentrantLock();
    private int value;

    public int addAndGet(int delta) {
        lock.lock();
        try {
            value += delta;
            return value;
        } finally {
            lock.unlock();
        }
    }

    public int get() {
        lock.lock();
        try {
            return value;
        } finally {
            lock.unlock();
        }
    }
}
