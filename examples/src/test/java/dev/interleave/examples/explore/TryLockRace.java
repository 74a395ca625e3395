package dev.interleave.examples.explore;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread holds a lock for a moment; another tries it without waiting, and a third waits for
 * it. Whether {@code tryLock} finds the lock free depends on where the first thread stands, so
 * the program prints "busy" or "free" by the schedule: a reduction that treated the release as
 * unable to race with the attempt, or held the trying thread back while the lock is taken, would
 * print only one of them.
 */
public final class TryLockRace {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static int holders;

    private TryLockRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean[] free = new boolean[1];
        Thread holder = new Thread(TryLockRace::hold);
        Thread waiter = new Thread(TryLockRace::hold);
        Thread trier = new Thread(() -> {
            if (LOCK.tryLock()) {
                free[0] = true;
                LOCK.unlock();
            }
        });
        holder.start();
        waiter.start();
        trier.start();
        holder.join();
        waiter.join();
        trier.join();
        System.out.println((free[0] ? "free" : "busy") + ", held " + holders + " times");
    }

    private static void hold() {
        LOCK.lock();
        try {
            holders++;
        } finally {
            LOCK.unlock();
        }
    }
}
