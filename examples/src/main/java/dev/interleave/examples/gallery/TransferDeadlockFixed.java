package dev.interleave.examples.gallery;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix for {@link TransferDeadlockBug}: every transfer locks the two accounts in one global
 * order, smaller id first, whatever the direction of the transfer. A cycle of waiting threads
 * would need some thread to hold the larger lock while waiting for the smaller, which never
 * happens, so the two transfers can no longer deadlock.
 */
public final class TransferDeadlockFixed {

    private TransferDeadlockFixed() {
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
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            Thread.yield(); // check the limits of the source account
            second.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
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
