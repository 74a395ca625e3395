package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;

/**
 * The motivating document's first program: three tasks check a flag, yield (Python's
 * {@code await asyncio.sleep(0)}), then set it. Under FIFO every task sees the flag unset:
 * <pre>
 * ran=false
 * ran=false
 * ran=false
 * after ran = True
 * after ran = True
 * after ran = True
 * </pre>
 */
public final class RacyFlag {

    private static boolean ran = false;

    private RacyFlag() {
    }

    static void foo() {
        System.out.println("ran=" + ran);
        if (!ran) {
            // Pretend this is an await for another async function
            Thread.yield();
            ran = true;
            System.out.println("after ran = True");
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
