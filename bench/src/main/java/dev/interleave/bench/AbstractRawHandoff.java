package dev.interleave.bench;

import java.util.List;
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
 * The same work as {@link ControlledHandoff} on plain virtual threads, with no Interleave run:
 * on the JDK's default scheduler (a ForkJoinPool with one carrier per core, so two yielding
 * threads may simply run side by side), and on a single-carrier FIFO scheduler drained by the
 * benchmark thread ({@link SingleCarrier}), which is the fair baseline for a hand-off.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Work.HANDOFFS)
public abstract class AbstractRawHandoff {

    private final SingleCarrier carrier = new SingleCarrier();

    @Benchmark
    public void yieldDefaultScheduler() throws InterruptedException {
        onDefaultScheduler(Work.yielder(Work.HANDOFFS / 2), Work.yielder(Work.HANDOFFS / 2));
    }

    @Benchmark
    public void yieldSingleCarrier() {
        carrier.run(List.of(Work.yielder(Work.HANDOFFS / 2), Work.yielder(Work.HANDOFFS / 2)));
    }

    @Benchmark
    public int lockDefaultScheduler() throws InterruptedException {
        Work.LockPingPong game = new Work.LockPingPong();
        onDefaultScheduler(game.player(0, Work.HANDOFFS / 2), game.player(1, Work.HANDOFFS / 2));
        return checked(game.turns());
    }

    @Benchmark
    public int lockSingleCarrier() {
        Work.LockPingPong game = new Work.LockPingPong();
        carrier.run(List.of(game.player(0, Work.HANDOFFS / 2), game.player(1, Work.HANDOFFS / 2)));
        return checked(game.turns());
    }

    @Benchmark
    public int monitorDefaultScheduler() throws InterruptedException {
        Work.MonitorPingPong game = new Work.MonitorPingPong();
        onDefaultScheduler(game.player(0, Work.HANDOFFS / 2), game.player(1, Work.HANDOFFS / 2));
        return checked(game.turns());
    }

    @Benchmark
    public int monitorSingleCarrier() {
        Work.MonitorPingPong game = new Work.MonitorPingPong();
        carrier.run(List.of(game.player(0, Work.HANDOFFS / 2), game.player(1, Work.HANDOFFS / 2)));
        return checked(game.turns());
    }

    private static void onDefaultScheduler(Runnable first, Runnable second) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(first);
        Thread b = Thread.ofVirtual().start(second);
        a.join();
        b.join();
    }

    private static int checked(int turns) {
        Work.expect("turns", Work.HANDOFFS, turns);
        return turns;
    }
}
