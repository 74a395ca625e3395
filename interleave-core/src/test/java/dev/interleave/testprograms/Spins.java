package dev.interleave.testprograms;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Busy-wait hand-offs. Loop iterations are counted only in instrumented classes, so a broken spin
 * fails the run instead of hanging it.
 */
public final class Spins {

    private static volatile boolean volatileFlag;
    private static boolean plainFlag;

    private Spins() {
    }

    /** Spins on a volatile flag without a scheduling point: the setter runs once the spinner is preempted. */
    public static void spinOnVolatileField() {
        volatileFlag = false;
        Thread.ofVirtual().name("setter").start(() -> volatileFlag = true);
        while (!volatileFlag) {
            // no Thread.onSpinWait(): ends only because a long loop gives way, as an OS would preempt it
        }
    }

    /** The same on a plain field: a data race, and on a real JVM a loop the JIT may make endless. */
    public static void spinOnPlainField() {
        plainFlag = false;
        Thread.ofVirtual().name("setter").start(() -> plainFlag = true);
        while (!plainFlag) {
            // no scheduling point
        }
    }

    /**
     * Retries under a monitor until another task is done, as commons-pool2's {@code create} does
     * when its wait's timeout has already passed (a negative wait does not wait): a busy wait that
     * ends on a real JVM, where the other task runs meanwhile.
     */
    public static void retryUntilAnotherIsDone() throws InterruptedException {
        Object lock = new Object();
        int[] making = {1};
        Thread maker = Thread.ofVirtual().name("maker").start(() -> {
            synchronized (lock) {
                making[0] = 0;
            }
        });
        Boolean create = null;
        while (create == null) {
            synchronized (lock) {
                if (making[0] == 0) {
                    create = Boolean.TRUE;
                }
            }
        }
        maker.join();
    }

    /** Spins on a flag that no task will ever set: only the loop limit ends it. */
    public static void spinAlone() {
        volatileFlag = false;
        while (!volatileFlag) {
            // nothing else can run
        }
    }

    /** Spin-waits with onSpinWait until {@code flag} is set or {@code limit} spins; returns the spins. */
    public static long spinWaitUntil(AtomicBoolean flag, long limit) {
        long spins = 0;
        while (!flag.get() && spins < limit) {
            Thread.onSpinWait();
            spins++;
        }
        return spins;
    }

    /** {@link #spinWaitUntil} as a hand-off: a new task sets the flag. */
    public static long handOffWithSpinWaitUntil() {
        AtomicBoolean flag = new AtomicBoolean();
        Thread.ofVirtual().name("setter").start(() -> flag.set(true));
        return spinWaitUntil(flag, Long.MAX_VALUE);
    }

    /** A correct spin-wait: onSpinWait is a scheduling point, so the setter gets to run. */
    public static int spinWithOnSpinWait() {
        volatileFlag = false;
        Thread.ofVirtual().name("setter").start(() -> volatileFlag = true);
        int spins = 0;
        while (!volatileFlag) {
            Thread.onSpinWait();
            spins++;
        }
        return spins;
    }
}
