package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/** {@link LockOrderBug} fixed: every transfer locks the two accounts in the same global order. */
public final class LockOrderFixed {

    private static final ReentrantLock a = new ReentrantLock();
    private static final ReentrantLock b = new ReentrantLock();

    private LockOrderFixed() {
    }

    static void transfer(ReentrantLock from, ReentrantLock to) {
        ReentrantLock first = from == a ? from : to;
        ReentrantLock second = first == from ? to : from;
        first.lock();
        try {
            Thread.yield();
            second.lock();
            second.unlock();
        } finally {
            first.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> transfer(a, b));
            group.fork(() -> transfer(b, a));
        }
    }
}
