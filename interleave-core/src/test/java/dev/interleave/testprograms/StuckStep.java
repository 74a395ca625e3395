package dev.interleave.testprograms;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.nio.file.Path;

/**
 * A run whose main task blocks in a native read of the named pipe {@code args[0]}, which no one
 * writes, with no time limit: only the step watchdog can end it. Run in a JVM of its own (the
 * step time limit is read once a JVM, and the stuck thread is given up to its read), it prints the
 * verdict's kind, its message, whether its stack names the read, the run's output and whether a
 * run after it still passes, then exits.
 */
public final class StuckStep {

    private StuckStep() {
    }

    public static void main(String[] args) {
        Path fifo = Path.of(args[0]);
        RunOptions quiet = RunOptions.defaults().withEchoOutput(false);
        RunResult result = Interleave.run(quiet, () -> {
            System.out.println("before the read");
            Budgets.readFifo(fifo);
        });
        if (result.verdict() instanceof Failure.LimitExceeded limit) {
            System.out.println("kind " + limit.kind());
            System.out.println("limit " + limit.limit());
            System.out.println("stack names the read " + limit.stack().stream()
                    .anyMatch(frame -> frame.getMethodName().equals("readFifo")));
        } else {
            System.out.println("verdict " + result.verdict());
        }
        System.out.println("output " + result.output());
        System.out.println("next run passes " + Interleave.run(quiet, () -> { }).passed());
        // The task's carrier still sits in the read: leave without waiting for it.
        System.exit(0);
    }
}
