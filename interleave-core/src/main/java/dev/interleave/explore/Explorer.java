package dev.interleave.explore;

import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.runtime.Execution;
import dev.interleave.schedule.Schedule;
import dev.interleave.strategy.DfsStrategy;
import dev.interleave.strategy.FifoStrategy;
import dev.interleave.strategy.PctStrategy;
import dev.interleave.strategy.PortfolioStrategy;
import dev.interleave.strategy.PosStrategy;
import dev.interleave.strategy.RandomStrategy;
import dev.interleave.strategy.Strategy;
import java.util.List;
import java.util.Optional;

/**
 * Runs a target under many schedules until one fails, the budget runs out, or (DFS) the space is
 * exhausted. Explores fast and explains on replay: executions record only their choices; a failing
 * schedule is handed to the listener at once (to be saved), then shrunk, then replayed once with
 * every step's source line for the report.
 */
public final class Explorer {

    private final ExploreOptions options;
    private final ProgressListener listener;
    private final ControlledRuntime runtime = ControlledRuntime.get();

    public Explorer(ExploreOptions options, ProgressListener listener) {
        this.options = options;
        this.listener = listener;
    }

    public Exploration explore(Target target) {
        Strategy strategy = newStrategy();
        RunnableRecorder recorder = options.checkDeterminism() ? new RunnableRecorder(strategy) : null;
        PreemptionCounter counter = new PreemptionCounter(recorder != null ? recorder : strategy);
        RunOptions run = RunOptions.defaults().withEchoOutput(false).withStrategy(counter).withMode(mode());
        Execution.Body body = target.body()::run;
        RaceLog races = new RaceLog();
        long start = System.nanoTime();
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE : start + options.timeLimit().toNanos();
        long ran = 0;
        boolean dfs = strategy instanceof DfsStrategy;
        // Random strategies split by execution (each its own seed); DFS splits its tree itself.
        long first = dfs ? 0 : options.shardIndex();
        long stride = dfs ? 1 : options.shardCount();
        for (long index = first; index < options.schedules(); index += stride) {
            RunResult result = runtime.execute(run, body, index);
            ran++;
            races.add(result.races());
            if (recorder != null) {
                DeterminismCheck.check(runtime, run, body, result, recorder.runnable());
            }
            listener.executed(ran, System.nanoTime() - start, strategy instanceof DfsStrategy d ? d.frontier() : -1);
            if (!result.passed()) {
                Schedule found = new Schedule(target.name(), options.mode(), result.choices());
                listener.failureFound(found, result);
                Found report = explain(target, body, index, found, counter.preemptions(), result);
                return finish(strategy, ran, start, Optional.of(report), races);
            }
            if (strategy.exhausted() || System.nanoTime() >= deadline) {
                break;
            }
        }
        return finish(strategy, ran, start, Optional.empty(), races);
    }

    private Found explain(Target target, Execution.Body body, long index, Schedule found, int preemptions,
                          RunResult failing) {
        RunOptions quiet = RunOptions.defaults().withEchoOutput(false).withMode(mode());
        List<Integer> shrunk = found.choices();
        int shrinkRuns = 0;
        int shrunkPreemptions = preemptions;
        if (options.shrink()) {
            Shrinker shrinker = new Shrinker(runtime, quiet, body, FailureSignature.of(failing.verdict()));
            shrunk = shrinker.shrink(found.choices());
            shrunkPreemptions = shrinker.preemptions(shrunk);
            shrinkRuns = shrinker.runs();
        }
        Schedule shrunkSchedule = found.withChoices(shrunk);
        RunResult replay = Replayer.replay(runtime, body, shrunkSchedule, true);
        return new Found(index, found, preemptions, shrunkSchedule, shrunkPreemptions, shrinkRuns, replay);
    }

    private Exploration finish(Strategy strategy, long ran, long start, Optional<Found> found, RaceLog races) {
        boolean exhausted = strategy instanceof DfsStrategy && strategy.exhausted();
        DfsStrategy dfs = strategy instanceof DfsStrategy d ? d : null;
        return new Exploration(options.strategy(), options.seed(), ran, exhausted,
                dfs == null ? 0 : dfs.prunedByBound(), options.preemptionBound(), System.nanoTime() - start, found,
                dfs != null && dfs.reducing(), dfs == null ? 0 : dfs.skippedByReduction(), races.races());
    }

    private Mode mode() {
        return Mode.parse(options.mode());
    }

    private Strategy newStrategy() {
        return switch (options.strategy()) {
            case "fifo" -> new FifoStrategy();
            case "random" -> new RandomStrategy(options.seed());
            case "pct" -> new PctStrategy(options.seed(), options.pctDepth());
            case "pos" -> new PosStrategy(options.seed());
            case "dfs" -> new DfsStrategy(options.preemptionBound(), options.shardIndex(), options.shardCount(),
                    options.reduction());
            default -> new PortfolioStrategy(options.seed());
        };
    }
}
