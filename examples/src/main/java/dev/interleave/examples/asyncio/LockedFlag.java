package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The document's fix, with {@code asyncio.Lock} as a {@link ReentrantLock}: the check and the set
 * happen under the lock, so only the first task sees the flag unset:
 * <pre>
 * ran=false
 * after ran = True
 * ran=true
 * ran=true
 * </pre>
 */
public final class LockedFlag {

    private static boolean ran = false;
    private static final ReentrantLock lock = new ReentrantLock();

    private LockedFlag() {
    }

    static void foo() {
        lock.lock();
        try {
            System.out.println("ran=" + ran);
            if (!ran) {
                Thread.yield();
                ran = true;
                System.out.println("after ran = True");
            }
        } finally {
            lock.unlock();
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
