package dev.interleave.bench;

import dev.interleave.Interleave;
import dev.interleave.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one controlled decision against the number of tasks: {@code tasks} tasks each yield
 * {@code DECISIONS / tasks} times inside one run, so every invocation makes the same
 * {@link Work#DECISIONS} yield decisions. The score is per yield (the denominator is
 * tasks x yields); the trace also holds the tasks' exits and the main task's start and joins,
 * which {@link #checked} bounds to under 3 per task.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Work.DECISIONS)
public class ControlledScaling {

    @Param({"2", "10", "100", "1000"})
    public int tasks;

    @Benchmark
    public int yield() {
        int yields = Work.DECISIONS / tasks;
        RunResult result = Interleave.run(ControlledHandoff.OPTIONS, () -> {
            List<Thread> threads = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                threads.add(Thread.ofVirtual().start(Work.yielder(yields)));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        });
        return checked(result, tasks);
    }

    static int checked(RunResult result, int tasks) {
        if (!result.passed()) {
            throw new IllegalStateException("the controlled run did not pass: " + Work.describe(result));
        }
        int steps = result.trace().size();
        if (steps < Work.DECISIONS || steps > Work.DECISIONS + 3L * tasks + 8) {
            throw new IllegalStateException("expected about " + Work.DECISIONS + " steps, got " + steps);
        }
        return steps;
    }
}
