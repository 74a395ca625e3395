package dev.interleave.testprograms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small concurrent program with every kind of scheduling point: named platform tellers that
 * deposit under a lock (yielding inside it), update a racy counter, sleep and enter a monitor; an
 * executor whose audits take the same lock; a latch; and joins. Its output names no thread, so two
 * runs of one schedule must print the same lines.
 *
 * <p>Arguments: {@code lock} (a ReentrantLock, the default) or {@code monitor} (synchronized) guards
 * the balance; then the number of auditor threads (default 2).
 */
public class Workload {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Object ACCOUNT = new Object();
    private static final Object MONITOR = new Object();
    private static boolean useMonitor;
    private static int balance = 100;
    private static int racyCounter;
    private static int monitorCounter;

    public static void main(String[] args) throws Exception {
        useMonitor = args.length > 0 && args[0].equals("monitor");
        int auditorThreads = args.length > 1 ? Integer.parseInt(args[1]) : 2;

        CountDownLatch tellersDone = new CountDownLatch(3);
        List<Thread> tellers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int teller = i;
            tellers.add(Thread.ofPlatform().name("teller-" + i).start(() -> {
                try {
                    for (int round = 0; round < 3; round++) {
                        deposit(teller + 1);
                        int seen = racyCounter;
                        Thread.yield(); // the lost-update window
                        racyCounter = seen + 1;
                        Thread.sleep(10L * (teller + 1));
                        synchronized (MONITOR) {
                            monitorCounter++;
                        }
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    tellersDone.countDown();
                }
            }));
        }

        ExecutorService auditors = Executors.newFixedThreadPool(auditorThreads);
        List<Future<Integer>> audits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            audits.add(auditors.submit(Workload::audit));
        }
        for (Future<Integer> audit : audits) {
            System.out.println("audit saw " + audit.get());
        }

        tellersDone.await();
        auditors.shutdown();
        if (!auditors.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("auditors did not stop");
        }
        for (Thread teller : tellers) {
            teller.join();
        }
        System.out.println("balance " + balance);
        System.out.println("racy counter " + racyCounter);
        System.out.println("monitor counter " + monitorCounter);
    }

    private static void deposit(int amount) {
        if (useMonitor) {
            synchronized (ACCOUNT) {
                int before = balance;
                Thread.yield(); // safe: the monitor is held
                balance = before + amount;
            }
        } else {
            LOCK.lock();
            try {
                int before = balance;
                Thread.yield(); // safe: the lock is held
                balance = before + amount;
            } finally {
                LOCK.unlock();
            }
        }
    }

    private static int audit() {
        if (useMonitor) {
            synchronized (ACCOUNT) {
                Thread.yield();
                return balance;
            }
        }
        LOCK.lock();
        try {
            Thread.yield();
            return balance;
        } finally {
            LOCK.unlock();
        }
    }
}
