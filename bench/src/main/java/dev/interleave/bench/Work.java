package dev.interleave.bench;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The work every benchmark runs, controlled or raw: the very same task bodies, so that the only
 * difference between a controlled and a raw figure is who schedules the threads.
 */
final class Work {

    /** Hand-offs in one benchmark invocation of the two-task benchmarks. */
    static final int HANDOFFS = 10_000;

    /** Scheduling decisions in one invocation of the task-count benchmarks (tasks x yields). */
    static final int DECISIONS = 100_000;

    private Work() {
    }

    /** Yields {@code times} times. */
    static Runnable yielder(int times) {
        return () -> {
            for (int i = 0; i < times; i++) {
                Thread.yield();
            }
        };
    }

    /**
     * Two players that strictly alternate through a {@link ReentrantLock} and a {@link Condition}
     * on a turn variable: every turn change is one park/unpark hand-off.
     */
    static final class LockPingPong {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private int turn;
        private int turns;

        /** Plays {@code rounds} turns as player {@code me} (0 or 1). */
        Runnable player(int me, int rounds) {
            return () -> {
                for (int i = 0; i < rounds; i++) {
                    lock.lock();
                    try {
                        while (turn != me) {
                            changed.awaitUninterruptibly();
                        }
                        turn = 1 - me;
                        turns++;
                        changed.signal();
                    } finally {
                        lock.unlock();
                    }
                }
            };
        }

        int turns() {
            lock.lock();
            try {
                return turns;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Two players that strictly alternate through a monitor: {@code synchronized} plus
     * {@code wait}/{@code notify} on a turn variable. Every turn change is one monitor hand-off.
     */
    static final class MonitorPingPong {
        private final Object monitor = new Object();
        private int turn;
        private int turns;

        Runnable player(int me, int rounds) {
            return () -> {
                for (int i = 0; i < rounds; i++) {
                    synchronized (monitor) {
                        while (turn != me) {
                            try {
                                monitor.wait();
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        turn = 1 - me;
                        turns++;
                        monitor.notify();
                    }
                }
            };
        }

        int turns() {
            synchronized (monitor) {
                return turns;
            }
        }
    }

    /** A failed run's verdict, cut short: a deadlock report lists every task's stack. */
    static String describe(dev.interleave.RunResult result) {
        String verdict = String.valueOf(result.verdict());
        return (verdict.length() > 600 ? verdict.substring(0, 600) + "..." : verdict)
                + " after " + result.trace().size() + " steps";
    }

    /** Throws unless {@code actual} is {@code expected}: a broken run must not look fast. */
    static void expect(String what, long expected, long actual) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
