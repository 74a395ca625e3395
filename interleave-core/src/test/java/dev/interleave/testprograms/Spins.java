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

    /** Spins on a volatile flag without a scheduling point: the setter can never run. */
    public static void spinOnVolatileField() {
        volatileFlag = false;
        Thread.ofVirtual().name("setter").start(() -> volatileFlag = true);
        while (!volatileFlag) {
            // no Thread.onSpinWait(): under a one-at-a-time scheduler this never ends
        }
    }

    /** The same on a plain field. */
    public static void spinOnPlainField() {
        plainFlag = false;
        Thread.ofVirtual().name("setter").start(() -> plainFlag = true);
        while (!plainFlag) {
            // spins forever
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
