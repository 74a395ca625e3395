package dev.interleave.explore;

import dev.interleave.Failure;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.runtime.Execution;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import dev.interleave.internal.strategy.SearchStatistics;
import dev.interleave.internal.strategy.Strategy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a target under many schedules until one fails, the budget runs out, or (DFS) the space is
 * exhausted. Explores fast and explains on replay: executions record only their choices; a failing
 * schedule is handed to the listener at once (to be saved), then shrunk, then replayed once with
 * every step's source line for the report.
 *
 * <p>Every budget ends the exploration with an answer: the time limit also ends the execution
 * under way (which does not count, unless no schedule completed at all: then the first one's not
 * ending is the finding), shrinking has a budget of its own, and a step that never ends is reported
 * from what its execution did so far (see {@link ControlledRuntime#supervised}).
 */
public final class Explorer {

    /** A failure whose trace is longer is replayed with source lines for its last steps only. */
    static final int EXPLAINED_STEPS = 2_000;

    private final ExploreOptions options;
    private final ProgressListener listener;
    private final Supplier<Strategy> strategies;
    private final ControlledRuntime runtime = ControlledRuntime.get();

    public Explorer(ExploreOptions options, ProgressListener listener) {
        this(options, listener, () -> options.strategy().create(options));
    }

    /**
     * Explores with a strategy of the caller's own instead of {@code options.strategy()} (a new
     * one for each exploration): to try a variant of a strategy, or one of a user's. The summary
     * still names {@code options.strategy()}.
     */
    public Explorer(ExploreOptions options, ProgressListener listener, Supplier<Strategy> strategies) {
        this.options = options;
        this.listener = listener;
        this.strategies = strategies;
    }

    /** What an exploration has done so far: its caller reads it when an execution gets stuck. */
    private static final class Progress {
        final RaceLog races = new RaceLog();
        volatile boolean sharedBetweenPoints;
        final long start = System.nanoTime();
        volatile long ran;
        volatile long index;
        volatile Strategy strategy;
        volatile DelayCounter counter;
        /** A failure found and saved, while it is shrunk and explained. */
        volatile Schedule found;
        volatile RunResult foundResult;
        volatile long foundIndex;
    }

    public Exploration explore(Target target) {
        Progress progress = new Progress();
        return runtime.supervised(() -> exploreHere(target, progress), soFar -> stuck(target, progress, soFar));
    }

    private Exploration exploreHere(Target target, Progress progress) {
        Strategy strategy = strategies.get();
        RunnableRecorder recorder = options.checkDeterminism() ? new RunnableRecorder(strategy) : null;
        DelayCounter counter = new DelayCounter(recorder != null ? recorder : strategy);
        progress.strategy = strategy;
        progress.counter = counter;
        RunOptions run = runOptions().withStrategy(counter);
        Execution.Body body = target.body()::run;
        long deadline = deadline(progress.start);
        // Random strategies split by execution (each its own seed); DFS splits its tree itself.
        long first = strategy.splitsShards() ? 0 : options.shardIndex();
        long stride = strategy.splitsShards() ? 1 : options.shardCount();
        for (long index = first; index < options.schedules(); index += stride) {
            progress.index = index;
            RunResult result = runtime.execute(run.withTimeLimit(remaining(deadline)), body, index);
            if (isLimit(result, Failure.Limit.TIME) && progress.ran > 0) {
                // The budget ended this execution, not the program: it does not count.
                return finish(progress, Optional.empty(), true);
            }
            progress.ran++;
            Schedule found = null;
            if (!result.passed()) {
                // Handed over (and saved, by the command line and the JUnit extension) before
                // anything else is done with the execution.
                found = new Schedule(target.name(), options.mode(), result.choices());
                progress.foundIndex = index;
                progress.foundResult = result;
                progress.found = found;
                listener.failureFound(found, result);
            }
            progress.races.add(result.races(), result.choices());
            progress.sharedBetweenPoints |= result.sharedBetweenPoints();
            if (recorder != null && result.passed()) {
                DeterminismCheck.check(runtime, run, body, result, recorder.runnable());
            }
            listener.executed(progress.ran, System.nanoTime() - progress.start, strategy.statistics().frontier());
            if (found != null) {
                Found report = explain(body, index, found, counter.delays(), result, deadline);
                return finish(progress, Optional.of(report), isLimit(result, Failure.Limit.TIME));
            }
            if (strategy.exhausted() || expired(deadline)) {
                return finish(progress, Optional.empty(), expired(deadline));
            }
        }
        return finish(progress, Optional.empty(), false);
    }

    /**
     * A step of an execution never ended. Its schedule is saved at once; it is not shrunk or replayed
     * (every run of it would get stuck again): the report shows the execution as far as it went.
     */
    private Exploration stuck(Target target, Progress progress, RunResult soFar) {
        Schedule found = progress.found;
        if (found != null) {
            // Stuck while shrinking or explaining a failure already found: report that one as found.
            return finish(progress, Optional.of(Found.asFound(progress.foundIndex, found, 0, progress.foundResult)), false);
        }
        if (isLimit(soFar, Failure.Limit.TIME) && progress.ran > 0) {
            // The budget ended inside a long step, not the program: as between steps, it does not count.
            return finish(progress, Optional.empty(), true);
        }
        progress.ran++;
        Schedule schedule = new Schedule(target.name(), options.mode(), soFar.choices());
        listener.failureFound(schedule, soFar);
        DelayCounter counter = progress.counter;
        int delays = counter == null ? 0 : counter.delays();
        Found report = Found.asFound(progress.index, schedule, delays, soFar);
        return finish(progress, Optional.of(report), isLimit(soFar, Failure.Limit.TIME));
    }

    private Found explain(Execution.Body body, long index, Schedule found, int delays, RunResult failing,
                          long deadline) {
        RunOptions quiet = runOptions();
        List<Integer> shrunk = found.choices();
        int shrinkRuns = 0;
        int shrunkDelays = delays;
        boolean budgetReached = false;
        long shrinkStart = System.nanoTime();
        long shrinkNanos = 0;
        // A limit's runs are as long as the limit, and a run that stopped at the time limit or in a
        // stuck step cannot be run again to the same end: those are reported as found.
        boolean limit = failing.verdict() instanceof Failure.LimitExceeded;
        if (options.shrink() && !limit) {
            long shrinkDeadline = Math.min(deadline, Math.addExact(System.nanoTime(), options.shrinkTime().toNanos()));
            Shrinker shrinker = new Shrinker(runtime, quiet, body, FailureSignature.of(failing.verdict()), shrinkDeadline);
            shrunk = shrinker.shrink(found.choices());
            shrunkDelays = shrinker.delays(shrunk);
            shrinkRuns = shrinker.runs();
            budgetReached = shrinker.budgetReached();
            shrinkNanos = System.nanoTime() - shrinkStart;
        }
        Schedule shrunkSchedule = found.withChoices(shrunk);
        boolean replayable = !isLimit(failing, Failure.Limit.TIME) && !isLimit(failing, Failure.Limit.STUCK_STEP);
        if (!replayable) {
            return Found.asFound(index, found, delays, failing);
        }
        RunOptions recording = quiet.withRecordLocationsFrom(Math.max(0, failing.trace().size() - EXPLAINED_STEPS));
        String notReplayed;
        try {
            RunResult replay = Replayer.replay(runtime, body, shrunkSchedule, recording);
            if (!replay.passed() && FailureSignature.of(replay.verdict()).equals(FailureSignature.of(failing.verdict()))) {
                return new Found(index, found, delays, shrunkSchedule, shrunkDelays, shrinkRuns, replay,
                        budgetReached, shrinkNanos, null);
            }
            notReplayed = "running its schedule again ended otherwise (" + (replay.passed() ? "it passed"
                    : ((Failure) replay.verdict()).summary()) + ")";
        } catch (ReplayDivergedException e) {
            notReplayed = "running its schedule again diverged (" + e.getMessage() + ")";
        }
        // Nothing found is lost: the run that found it is the report, and the program is not deterministic.
        return new Found(index, found, delays, found, delays, 0, failing, false, 0, notReplayed
                + ": the program does something Interleave does not control (identity hash codes without"
                + " -XX:hashCode=2, real I/O, threads outside control); the trace is the run that found it");
    }

    private static boolean isLimit(RunResult result, Failure.Limit kind) {
        return result.verdict() instanceof Failure.LimitExceeded limit && limit.kind() == kind;
    }

    private Exploration finish(Progress progress, Optional<Found> found, boolean timeLimitReached) {
        Strategy strategy = progress.strategy;
        SearchStatistics search = strategy == null ? SearchStatistics.SAMPLE : strategy.statistics();
        return new Exploration(options.strategy(), options.seed(), progress.ran, search,
                System.nanoTime() - progress.start, found, progress.races.races(), timeLimitReached, options.mode(),
                progress.sharedBetweenPoints, options.shard());
    }

    private RunOptions runOptions() {
        return RunOptions.defaults().withEchoOutput(false).withMode(options.mode())
                .withMaxSteps(options.maxSteps()).withInstrument(options.instrument()).withFocus(options.focus());
    }

    /** When the time limit ends the exploration (real time), or {@code Long.MAX_VALUE}. */
    private long deadline(long start) {
        if (options.timeLimit() == null) {
            return Long.MAX_VALUE;
        }
        long limit = options.timeLimit().toNanos();
        return limit > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + limit;
    }

    private static boolean expired(long deadline) {
        return deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0;
    }

    private static Duration remaining(long deadline) {
        return deadline == Long.MAX_VALUE ? null : Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }
}
