package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A signal sent before the waiter waits: the waiter awaits a Condition with no state to check, so
 * a signal that comes first is lost and the waiter waits forever. {@link EarlySignalFixed} keeps
 * the event in a field guarded by the lock and waits only while it has not happened.
 */
public final class EarlySignalBug {

    private static final ReentrantLock lock = new ReentrantLock();
    private static final Condition ready = lock.newCondition();

    private EarlySignalBug() {
    }

    static void awaitReady() throws InterruptedException {
        lock.lock();
        try {
            ready.await();
        } finally {
            lock.unlock();
        }
    }

    static void signalReady() {
        lock.lock();
        try {
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(EarlySignalBug::awaitReady);
            group.fork(EarlySignalBug::signalReady);
        }
    }
}
