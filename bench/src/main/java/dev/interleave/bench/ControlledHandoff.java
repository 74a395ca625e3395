package dev.interleave.bench;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One controlled scheduling decision: two tasks handing the processor back and forth inside one
 * {@link Interleave#run} (FIFO strategy, output echo off). One op is one hand-off, that is one
 * scheduling decision; an invocation is a whole execution of {@link Work#HANDOFFS} hand-offs, so
 * starting and ending the execution is amortised over them (and included).
 *
 * <p>The forks inherit the agent flags of the JVM that runs JMH (see run.sh).
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Work.HANDOFFS)
public class ControlledHandoff {

    static final RunOptions OPTIONS = RunOptions.defaults().withEchoOutput(false);

    /** Most steps beyond the hand-offs themselves: the main task's start and joins, the exits. */
    private static final int SLACK = 8;

    /** Two tasks, each yielding {@code HANDOFFS / 2} times: FIFO alternates them. */
    @Benchmark
    public int yield() {
        RunResult result = Interleave.run(OPTIONS, () -> {
            Thread a = Thread.ofVirtual().start(Work.yielder(Work.HANDOFFS / 2));
            Thread b = Thread.ofVirtual().start(Work.yielder(Work.HANDOFFS / 2));
            a.join();
            b.join();
        });
        return checked(result);
    }

    /** Two tasks alternating through a ReentrantLock and a Condition: park/unpark hand-offs. */
    @Benchmark
    public int lock() {
        Work.LockPingPong game = new Work.LockPingPong();
        RunResult result = Interleave.run(OPTIONS, () -> {
            Thread a = Thread.ofVirtual().start(game.player(0, Work.HANDOFFS / 2));
            Thread b = Thread.ofVirtual().start(game.player(1, Work.HANDOFFS / 2));
            a.join();
            b.join();
        });
        int steps = checked(result);
        Work.expect("turns", Work.HANDOFFS, game.turns());
        return steps;
    }

    /** Two tasks alternating through synchronized + wait/notify: monitor hand-offs. */
    @Benchmark
    public int monitor() {
        Work.MonitorPingPong game = new Work.MonitorPingPong();
        RunResult result = Interleave.run(OPTIONS, () -> {
            Thread a = Thread.ofVirtual().start(game.player(0, Work.HANDOFFS / 2));
            Thread b = Thread.ofVirtual().start(game.player(1, Work.HANDOFFS / 2));
            a.join();
            b.join();
        });
        int steps = checked(result);
        Work.expect("turns", Work.HANDOFFS, game.turns());
        return steps;
    }

    /** The run passed and took one decision per hand-off (give or take the start and the end). */
    static int checked(RunResult result) {
        if (!result.passed()) {
            throw new IllegalStateException("the controlled run did not pass: " + Work.describe(result));
        }
        int steps = result.trace().size();
        if (steps < Work.HANDOFFS || steps > Work.HANDOFFS + SLACK) {
            throw new IllegalStateException("expected about " + Work.HANDOFFS + " steps, got " + steps);
        }
        return steps;
    }
}
