package dev.interleave.testprograms;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.util.ArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Prints, from inside a run, what sizes fork/join work by the machine: the processors, a default
 * pool's parallelism, the common pool's, and how many leaves a parallel stream splits into (one
 * more than its combiner calls). A parallel stream runs outside any run first, as in a JVM that
 * used one before Interleave did.
 */
public final class ProcessorCounts {

    private ProcessorCounts() {
    }

    public static void main(String[] args) {
        IntStream.range(0, 8).parallel().sum();
        RunResult result = Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> {
            AtomicInteger combines = new AtomicInteger();
            IntStream.range(0, 1024).parallel().boxed().collect(ArrayList::new, ArrayList::add, (a, b) -> {
                combines.incrementAndGet();
                a.addAll(b);
            });
            System.out.println("processors " + Runtime.getRuntime().availableProcessors()
                    + ", new pool " + new ForkJoinPool().getParallelism()
                    + ", common pool " + ForkJoinPool.getCommonPoolParallelism()
                    + ", stream leaves " + (combines.get() + 1));
        });
        System.out.println(result.passed() ? String.join("\n", result.output()) : result.verdict().toString());
        System.exit(0);
    }
}
