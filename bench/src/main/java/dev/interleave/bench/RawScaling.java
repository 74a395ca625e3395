package dev.interleave.bench;

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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link ControlledScaling}'s work on plain virtual threads on one FIFO carrier. */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Work.DECISIONS)
public class RawScaling {

    @Param({"2", "10", "100", "1000"})
    public int tasks;

    private final SingleCarrier carrier = new SingleCarrier();

    @Setup
    public void agentPresent() {
        Agent.require(true);
    }

    @Benchmark
    public void yieldSingleCarrier() {
        int yields = Work.DECISIONS / tasks;
        List<Runnable> bodies = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            bodies.add(Work.yielder(yields));
        }
        carrier.run(bodies);
    }
}
