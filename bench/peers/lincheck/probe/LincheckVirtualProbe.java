import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import org.jetbrains.lincheck.Lincheck;

/**
 * Why Lincheck 3.7 cannot run the benchmark's virtual-thread column: a two-thread lost update on
 * virtual threads made with a plain {@code Thread.ofVirtual()} (not the harness's reflection), in
 * three variants. Not part of the build; run from bench/peers after building the adapters:
 *
 * <pre>
 * J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; CP="target/probe:lincheck/target/lib/*"
 * $J/javac -cp "$CP" -d target/probe lincheck/probe/LincheckVirtualProbe.java
 * $J/java -XX:+EnableDynamicAgentLoading -cp "$CP" LincheckVirtualProbe join
 * $J/java -XX:+EnableDynamicAgentLoading -Djdk.virtualThreadScheduler.parallelism=1 \
 *     -Djdk.virtualThreadScheduler.maxPoolSize=1 -cp "$CP" LincheckVirtualProbe prestarted
 * (the same with "latch"; compiled, not run as a source file: Lincheck's agent looks classes up
 * by name, and a source file's classes are in memory only)
 * </pre>
 *
 * <ul>
 *   <li>{@code join}: hangs in the first invocation. The JDK starts platform helper threads for
 *       the first virtual threads (VirtualThread-unblocker, ForkJoinPool carriers) inside the
 *       test block; Lincheck takes them for the test's threads and waits for them to end, which
 *       they never do. The watchdog prints where the test thread waits.</li>
 *   <li>{@code prestarted}: the helper threads are started before the test and the scheduler is
 *       pinned to one carrier, so none starts inside it; then joining a virtual thread fails inside
 *       Lincheck (a NullPointerException in ManagedStrategy.onThreadJoin, "You've caught a bug in
 *       Lincheck"): the virtual thread is not one of its threads.</li>
 *   <li>{@code latch}: no join; the virtual threads run on their carrier outside Lincheck's
 *       scheduler: its trace has the main thread only, and the failure it saw does not replay
 *       ("Non-determinism found").</li>
 * </ul>
 */
public class LincheckVirtualProbe {

    public static void main(String[] args) throws Exception {
        String variant = args.length == 1 ? args[0] : "join";
        if (!variant.equals("join")) {
            Thread warm = Thread.ofVirtual().start(new Increment(new int[1], new CountDownLatch(1)));
            warm.join();
        }
        watchdog(30);
        try {
            Lincheck.runConcurrentTest(100, new Block(variant.equals("latch")));
            System.out.println("PROBE: passed (no failure reported)");
        } catch (Throwable t) {
            String text = String.valueOf(t.getMessage()).strip();
            System.out.println("PROBE: " + t.getClass().getSimpleName() + ": "
                    + text.substring(0, Math.min(text.length(), 300)));
        }
        Runtime.getRuntime().halt(0);
    }

    /** After {@code seconds}, prints where the test's main thread waits and ends the JVM. */
    private static void watchdog(int seconds) {
        Thread main = Thread.currentThread();
        Thread dog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("PROBE: hung for " + seconds + " s; the main thread:");
            for (StackTraceElement frame : main.getStackTrace()) {
                System.out.println("    at " + frame);
            }
            LockInfo lock = ManagementFactory.getThreadMXBean().getThreadInfo(main.threadId()).getLockInfo();
            for (Thread live : Thread.getAllStackTraces().keySet()) {
                if (lock != null && System.identityHashCode(live) == lock.getIdentityHashCode()) {
                    System.out.println("PROBE: it waits for thread \"" + live.getName() + "\" ("
                            + live.getClass().getName() + ", daemon " + live.isDaemon() + ") to end");
                }
            }
            Runtime.getRuntime().halt(1);
        }, "probe-watchdog");
        dog.setDaemon(true);
        dog.start();
    }

    static final class Block implements Runnable {
        private final boolean latch;

        Block(boolean latch) {
            this.latch = latch;
        }

        @Override
        public void run() {
            try {
                int[] box = new int[1];
                CountDownLatch done = new CountDownLatch(2);
                Thread first = Thread.ofVirtual().start(new Increment(box, done));
                Thread second = Thread.ofVirtual().start(new Increment(box, done));
                if (latch) {
                    done.await();
                } else {
                    first.join();
                    second.join();
                }
                if (box[0] != 2) {
                    throw new AssertionError("lost update: " + box[0]);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class Increment implements Runnable {
        private final int[] box;
        private final CountDownLatch done;

        Increment(int[] box, CountDownLatch done) {
            this.box = box;
            this.done = done;
        }

        @Override
        public void run() {
            int seen = box[0];
            Thread.yield();
            box[0] = seen + 1;
            done.countDown();
        }
    }
}
