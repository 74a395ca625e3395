package dev.interleave.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.strategy.RandomStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: every way of waiting keeps the happens-before edge of what it waits for.
 * {@code Object.wait(long, int)} once lost its monitor's (its receiver sat under three slots of
 * arguments, out of reach), and so did {@code Thread.join(long, int)}'s end of the joined thread;
 * each variant of {@code wait}, {@code Condition.await}, {@code LockSupport.park},
 * {@code Thread.join} and {@code Thread.sleep} is checked here, timed and untimed, in every mode, and
 * {@code sun.misc.Unsafe}'s park, which once parked the thread that carries every task.
 */
class WaitVariantsTest {

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    @SuppressWarnings("removal")
    private static sun.misc.Unsafe unsafe() {
        try {
            java.lang.reflect.Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final class Shared {
        int value;
        boolean ready;
    }

    private interface Waiting {
        /** Runs the test: a writer thread and the main task's reads. */
        void run(Shared shared) throws Exception;
    }

    /** Each variant: main waits (by the variant) for a thread that writes {@code value}, then reads it. */
    private static Map<String, Waiting> variants() {
        Map<String, Waiting> variants = new LinkedHashMap<>();
        monitorWait(variants, "wait()", lock -> lock.wait());
        monitorWait(variants, "wait(100)", lock -> lock.wait(100));
        monitorWait(variants, "wait(0, 0)", lock -> lock.wait(0, 0));
        monitorWait(variants, "wait(100, 0)", lock -> lock.wait(100, 0));
        monitorWait(variants, "wait(0, 500)", lock -> lock.wait(0, 500));
        conditionWait(variants, "await()", Condition::await);
        conditionWait(variants, "awaitUninterruptibly()", Condition::awaitUninterruptibly);
        conditionWait(variants, "await(1, SECONDS)", condition -> condition.await(1, TimeUnit.SECONDS));
        conditionWait(variants, "awaitNanos(1 s)", condition -> condition.awaitNanos(1_000_000_000L));
        conditionWait(variants, "awaitUntil(in an hour)",
                condition -> condition.awaitUntil(new Date(System.currentTimeMillis() + 3_600_000)));
        join(variants, "join()", Thread::join);
        join(variants, "join(100_000)", thread -> thread.join(100_000));
        join(variants, "join(100_000, 0)", thread -> thread.join(100_000, 0));
        join(variants, "join(0, 10)", thread -> {
            while (thread.isAlive()) {
                thread.join(0, 10);
            }
        });
        join(variants, "join(Duration)", thread -> thread.join(Duration.ofHours(1)));
        join(variants, "sleep(Duration), then join()", thread -> {
            Thread.sleep(Duration.ofSeconds(5));
            thread.join();
        });
        park(variants, "park()", LockSupport::park);
        park(variants, "park(blocker)", () -> LockSupport.park("blocker"));
        park(variants, "parkNanos(1 s)", () -> LockSupport.parkNanos(1_000_000_000L));
        park(variants, "parkNanos(blocker, 1 s)", () -> LockSupport.parkNanos("blocker", 1_000_000_000L));
        park(variants, "parkUntil(in an hour)", () -> LockSupport.parkUntil(System.currentTimeMillis() + 3_600_000));
        // An old library's park: it once parked the thread that carries every task (a stuck step).
        variants.put("sun.misc.Unsafe park(false, 0) and unpark", shared -> {
            Thread main = Thread.currentThread();
            Thread writer = new Thread(() -> {
                shared.value = 1;
                UNSAFE.unpark(main);
            });
            writer.start();
            UNSAFE.park(false, 0L);
            shared.value++;
            writer.join();
        });
        return variants;
    }

    private interface MonitorWait {
        void await(Object lock) throws InterruptedException;
    }

    private static void monitorWait(Map<String, Waiting> variants, String name, MonitorWait wait) {
        variants.put(name, shared -> {
            Object lock = new Object();
            Thread writer = new Thread(() -> {
                synchronized (lock) {
                    shared.value = 1;
                    shared.ready = true;
                    lock.notifyAll();
                }
            });
            writer.start();
            synchronized (lock) {
                while (!shared.ready) {
                    wait.await(lock);
                }
                shared.value++;
            }
            writer.join();
        });
    }

    private interface ConditionWait {
        void await(Condition condition) throws InterruptedException;
    }

    private static void conditionWait(Map<String, Waiting> variants, String name, ConditionWait wait) {
        variants.put(name, shared -> {
            ReentrantLock lock = new ReentrantLock();
            Condition ready = lock.newCondition();
            Thread writer = new Thread(() -> {
                lock.lock();
                try {
                    shared.value = 1;
                    shared.ready = true;
                    ready.signalAll();
                } finally {
                    lock.unlock();
                }
            });
            writer.start();
            lock.lock();
            try {
                while (!shared.ready) {
                    wait.await(ready);
                }
                shared.value++;
            } finally {
                lock.unlock();
            }
            writer.join();
        });
    }

    private interface Join {
        void join(Thread thread) throws InterruptedException;
    }

    private static void join(Map<String, Waiting> variants, String name, Join join) {
        variants.put(name, shared -> {
            Thread writer = new Thread(() -> shared.value = 1);
            writer.start();
            join.join(writer);
            shared.value++;
        });
    }

    private static void park(Map<String, Waiting> variants, String name, Runnable park) {
        variants.put(name, shared -> {
            Thread main = Thread.currentThread();
            Thread writer = new Thread(() -> {
                shared.value = 1;
                LockSupport.unpark(main);
            });
            writer.start();
            // Under control a park returns only once unparked (a timed one times out only when no
            // task can run, the writer ended): the unpark orders the write before the read.
            park.run();
            shared.value++;
            writer.join();
        });
    }

    @Test
    void everyWaitKeepsTheEdgeOfWhatItWaitsFor() {
        List<String> failures = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (long seed = 1; seed <= 10; seed++) {
                for (Map.Entry<String, Waiting> variant : variants().entrySet()) {
                    Shared shared = new Shared();
                    RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false).withMode(mode)
                            .withStrategy(new RandomStrategy(seed)), () -> variant.getValue().run(shared));
                    if (!result.passed() || !result.races().isEmpty() || shared.value != 2) {
                        failures.add(variant.getKey() + " in " + mode.label() + ", seed " + seed + ": " + result.verdict()
                                + ", value " + shared.value + ", " + result.races());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Outside any run, the parks the agent routes through the bridge are the JDK's own, of either {@code Unsafe}. */
    @Test
    void aParkOutsideAnyRunIsTheJdks() {
        Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> { }); // the runtime is installed
        Thread self = Thread.currentThread();
        UNSAFE.unpark(self);
        UNSAFE.park(false, 0L); // the permit is there: returns at once
        LockSupport.unpark(self);
        LockSupport.park();
    }
}
