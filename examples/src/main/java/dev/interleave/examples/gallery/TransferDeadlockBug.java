package dev.interleave.examples.gallery;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lock-order deadlock: {@code transfer(from, to)} locks the source account, then the target.
 * One thread transfers A to B while another transfers B to A; if each takes its first lock before
 * either takes its second, each waits forever for the lock the other holds. {@link
 * TransferDeadlockFixed} always locks the account with the smaller id first.
 */
public final class TransferDeadlockBug {

    private TransferDeadlockBug() {
    }

    static final class Account {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        int balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, int amount) {
        from.lock.lock();
        try {
            Thread.yield(); // check the limits of the source account
            to.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account(1);
        Account b = new Account(2);
        Thread ab = Thread.ofVirtual().name("a-to-b").start(() -> transfer(a, b, 30));
        Thread ba = Thread.ofVirtual().name("b-to-a").start(() -> transfer(b, a, 20));
        ab.join();
        ba.join();
        if (a.balance + b.balance != 200) {
            throw new AssertionError("money created or lost: " + a.balance + " + " + b.balance + " != 200");
        }
        System.out.println("a=" + a.balance + " b=" + b.balance);
    }
}
