package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;

/**
 * The document's fix with Java's built-in lock: {@code synchronized} around the check and the set.
 * Prints the same as {@link LockedFlag}.
 */
public final class SynchronizedFlag {

    private static boolean ran = false;
    private static final Object lock = new Object();

    private SynchronizedFlag() {
    }

    static void foo() {
        synchronized (lock) {
            System.out.println("ran=" + ran);
            if (!ran) {
                Thread.yield();
                ran = true;
                System.out.println("after ran = True");
            }
        }
    }

    public static void main(String[] args) {
        try (var tg = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                tg.fork(() -> foo());
            }
        }
    }
}
