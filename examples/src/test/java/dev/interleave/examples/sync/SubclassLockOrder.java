package dev.interleave.examples.sync;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two tasks take two locks in opposite orders: a deadlock, in sync and preemptive modes. The locks
 * are a subclass of the program's, so every call names {@code MyLock}, not {@code ReentrantLock}:
 * once neither a scheduling point nor a footprint (issue 12: random passed 1,000 schedules, DFS
 * printed "1 schedules ... space exhausted: yes"). {@link Fixed} takes them in one order.
 */
public final class SubclassLockOrder {

    static final class MyLock extends ReentrantLock {
    }

    private SubclassLockOrder() {
    }

    public static void main(String[] args) throws InterruptedException {
        run(false);
    }

    static void run(boolean oneOrder) throws InterruptedException {
        MyLock a = new MyLock();
        MyLock b = new MyLock();
        Thread first = new Thread(() -> both(a, b));
        Thread second = new Thread(() -> both(oneOrder ? a : b, oneOrder ? b : a));
        first.start();
        second.start();
        first.join();
        second.join();
    }

    private static void both(MyLock outer, MyLock inner) {
        outer.lock();
        try {
            inner.lock();
            inner.unlock();
        } finally {
            outer.unlock();
        }
    }

    /** The same with one order of locking. */
    public static final class Fixed {
        private Fixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(true);
        }
    }
}
