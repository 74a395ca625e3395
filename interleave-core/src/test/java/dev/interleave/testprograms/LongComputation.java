package dev.interleave.testprograms;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;

/**
 * A step that computes for {@code args[0]} seconds of real time without a scheduling point (the
 * JVM's uptime is the one clock Interleave leaves real), run in a JVM whose step time limit is
 * shorter: a computation that goes round the program's loops is long, not stuck. Prints the verdict.
 */
public final class LongComputation {

    private LongComputation() {
    }

    public static void main(String[] args) {
        long millis = Long.parseLong(args[0]) * 1000;
        RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> {
            RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
            long end = jvm.getUptime() + millis;
            long rounds = 0;
            while (jvm.getUptime() < end) {
                rounds++;
            }
            System.out.println(rounds > 0);
        });
        System.out.println(result.verdict());
    }
}
