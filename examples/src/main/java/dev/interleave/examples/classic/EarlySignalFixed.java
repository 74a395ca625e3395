package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@link EarlySignalBug} fixed: the event is state under the lock, and the waiter checks it. */
public final class EarlySignalFixed {

    private static final ReentrantLock lock = new ReentrantLock();
    private static final Condition ready = lock.newCondition();
    private static boolean isReady;

    private EarlySignalFixed() {
    }

    static void awaitReady() throws InterruptedException {
        lock.lock();
        try {
            while (!isReady) {
                ready.await();
            }
        } finally {
            lock.unlock();
        }
    }

    static void signalReady() {
        lock.lock();
        try {
            isReady = true;
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(EarlySignalFixed::awaitReady);
            group.fork(EarlySignalFixed::signalReady);
        }
    }
}
