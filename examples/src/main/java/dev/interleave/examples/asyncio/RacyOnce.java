package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;

/**
 * The document's race as a bug an explorer can find: the guarded body is meant to run once, and
 * the program checks that it did. Three tasks check the flag, yield, then set it, printing what
 * {@link RacyFlag} prints; any schedule
 * that runs a second task's check before the first task's set fails.
 */
public final class RacyOnce {

    private static boolean ran = false;
    private static int bodies = 0;

    private RacyOnce() {
    }

    static void foo() {
        System.out.println("ran=" + ran);
        if (!ran) {
            Thread.yield();
            ran = true;
            bodies++;
            System.out.println("after ran = True");
        }
    }

    public static void main(String[] args) {
        try (var tg = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                tg.fork(() -> foo());
            }
        }
        if (bodies != 1) {
            throw new AssertionError("the guarded body ran " + bodies + " times, not once");
        }
    }
}
