package dev.interleave.testprograms;

import dev.interleave.Interleave;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A JVM's first exploration, for {@code PreloadListTest}: explores a small program that uses what
 * programs commonly use (threads, a monitor, a lock, a latch, an atomic, a data race, and an update
 * lost between two synchronized blocks) until it finds the lost update, shrinks it and replays it.
 * Loads one marker class just before the exploration and another when it returns, so that the
 * JVM's class-loading log shows which classes the exploration loaded. Prints what it found: the
 * execution, the shrunk schedule, the failure and the data races.
 */
public final class FirstExploration {

    private FirstExploration() {
    }

    public static void main(String[] args) {
        Start.mark();
        Exploration exploration = Interleave.explore("first exploration", ExploreOptions.defaults(1).withSchedules(500),
                FirstExploration::program);
        End.mark();
        System.out.println(exploration.found()
                .map(found -> "found at execution " + (found.execution() + 1) + ": " + found.shrunk().token() + " "
                        + found.failure().summary())
                .orElse("not found in " + exploration.schedulesRun()));
        exploration.races().forEach(race -> System.out.println("race " + race));
        System.exit(0);
    }

    private static void program() throws InterruptedException {
        Account account = new Account();
        CountDownLatch ready = new CountDownLatch(2);
        AtomicInteger done = new AtomicInteger();
        ReentrantLock lock = new ReentrantLock();
        Runnable depositor = () -> {
            ready.countDown();
            lock.lock();
            try {
                done.incrementAndGet();
            } finally {
                lock.unlock();
            }
            account.deposit(1);
            account.visits++;
        };
        Thread first = new Thread(depositor);
        Thread second = new Thread(depositor);
        first.start();
        second.start();
        ready.await();
        first.join();
        second.join();
        if (account.balance() != done.get()) {
            throw new AssertionError("lost update: balance " + account.balance() + " after " + done.get() + " deposits");
        }
    }

    private static final class Account {
        private int balance;
        /** Written by both threads without order: a data race. */
        int visits;

        void deposit(int amount) {
            int read;
            synchronized (this) {
                read = balance;
            }
            Thread.yield();
            synchronized (this) {
                balance = read + amount;
            }
        }

        synchronized int balance() {
            return balance;
        }
    }

    /** Loaded just before the exploration starts. */
    public static final class Start {
        private Start() {
        }

        static void mark() {
        }
    }

    /** Loaded when the exploration has returned. */
    public static final class End {
        private End() {
        }

        static void mark() {
        }
    }
}
