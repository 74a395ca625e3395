package dev.interleave.testprograms;

import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import dev.interleave.schedule.Schedule;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A JVM's first exploration, for {@code PreloadListTest}: explores a small program that uses what
 * programs commonly use (threads, a monitor, a lock, a latch, an atomic, a data race, and an update
 * lost between two synchronized blocks) until it finds the lost update, shrinks it and replays it.
 * Loads marker classes just before the exploration, at the program's first call, when the
 * exploration has its failure in hand (before shrinking it) and when it returns, so that the JVM's
 * class-loading log shows which classes the exploration loaded, and which its search did (from the
 * program's first call to the failure found, as the side-by-side benchmark times a search). Prints
 * what it found: the execution, the shrunk schedule, the failure and the data races.
 */
public final class FirstExploration {

    private FirstExploration() {
    }

    public static void main(String[] args) {
        Start.mark();
        // Interleave.explore's own path, with a listener that marks the find.
        Exploration exploration = new Explorer(ExploreOptions.defaults(1).withSchedules(500), new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                Found.mark();
            }
        }).explore(new Target("first exploration", FirstExploration::program));
        End.mark();
        System.out.println(exploration.found()
                .map(found -> "found at execution " + (found.execution() + 1) + ": " + found.shrunk().token() + " "
                        + found.failure().summary())
                .orElse("not found in " + exploration.schedulesRun()));
        exploration.races().forEach(race -> System.out.println("race " + race));
        System.exit(0);
    }

    private static void program() throws InterruptedException {
        FirstCall.mark();
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

    /** Loaded at the program's first call, in the first execution. */
    public static final class FirstCall {
        private FirstCall() {
        }

        static void mark() {
        }
    }

    /** Loaded when the exploration has found its failure, before shrinking it. */
    public static final class Found {
        private Found() {
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
