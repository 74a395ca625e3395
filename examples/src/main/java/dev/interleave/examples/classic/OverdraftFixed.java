package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/** {@link OverdraftBug} fixed: the check, the blocking call and the debit happen under one lock. */
public final class OverdraftFixed {

    private static int balance = 100;
    private static final ReentrantLock lock = new ReentrantLock();

    private OverdraftFixed() {
    }

    static void withdraw(int amount) throws InterruptedException {
        lock.lock();
        try {
            if (balance >= amount) {
                Thread.sleep(Duration.ofMillis(1));
                balance -= amount;
            }
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> withdraw(80));
            group.fork(() -> withdraw(80));
        }
        if (balance < 0) {
            throw new AssertionError("overdrawn: balance is " + balance);
        }
    }
}
