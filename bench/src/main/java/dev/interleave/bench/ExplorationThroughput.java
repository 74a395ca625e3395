package dev.interleave.bench;

import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.TaskGroup;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.strategy.RandomStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Executions per second of the document's racy program through the in-process API, as an
 * exploration runs them: one execution per operation, a random walk with its own seed each, the
 * program's state reset by hand (no fresh class loader). {@code tasks} tasks each check the flag,
 * yield, then set it.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExplorationThroughput {

    @Param({"3", "6", "12"})
    public int tasks;

    private static boolean ran;
    private static int bodies;

    private ControlledRuntime runtime;
    private RunOptions options;
    private long index;

    @Setup
    public void setUp() {
        Agent.require(true);
        runtime = ControlledRuntime.get();
        options = RunOptions.defaults().withEchoOutput(false).withStrategy(new RandomStrategy(42));
    }

    @Benchmark
    public int racyProgram() {
        RunResult result = runtime.execute(options, () -> {
            ran = false;
            bodies = 0;
            try (var group = new TaskGroup()) {
                for (int i = 0; i < tasks; i++) {
                    group.fork(() -> {
                        if (!ran) {
                            Thread.yield();
                            ran = true;
                            bodies++;
                        }
                    });
                }
            }
        }, index++);
        if (!result.passed() || bodies < 1) {
            throw new IllegalStateException("the racy program did not run: " + result.verdict());
        }
        return bodies;
    }
}
