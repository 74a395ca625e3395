package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lock-order deadlock: a transfer locks its source account, then its target; two transfers in
 * opposite directions each hold one lock and wait for the other's. {@link LockOrderFixed} takes
 * the locks in one global order.
 */
public final class LockOrderBug {

    private static final ReentrantLock a = new ReentrantLock();
    private static final ReentrantLock b = new ReentrantLock();

    private LockOrderBug() {
    }

    static void transfer(ReentrantLock from, ReentrantLock to) {
        from.lock();
        try {
            Thread.yield();
            to.lock();
            to.unlock();
        } finally {
            from.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> transfer(a, b));
            group.fork(() -> transfer(b, a));
        }
    }
}
