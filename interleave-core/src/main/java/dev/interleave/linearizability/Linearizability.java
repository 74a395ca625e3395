package dev.interleave.linearizability;

import dev.interleave.Failure;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Replayer;
import dev.interleave.explore.Target;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.schedule.ScheduleToken;
import java.time.Duration;
import java.util.Optional;

/**
 * Linearizability testing of a concurrent object, declared by its operations: generates scenarios
 * from a seed, explores each one under Interleave's explorer (its strategies, budgets, modes,
 * shrinking and reports) and checks every execution's results against a sequential run.
 *
 * <pre>{@code
 * public static class QueueSpec {
 *     final ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
 *     @Operation public boolean offer(@Param(gen = IntGen.class, conf = "1:3") int x) { return q.offer(x); }
 *     @Operation public Integer poll() { return q.poll(); }
 * }
 * LinearizabilityResult result = Linearizability.check(QueueSpec.class, LinearizabilityOptions.defaults(42));
 * }</pre>
 *
 * <p>A failure is replayed with {@link #replay}: from the scenarios' seed, the scenario's index and
 * the schedule token, as {@link ReplayKey} prints them ({@code SEED/INDEX/TOKEN}, with the
 * scenario's shape when it was shrunk), under the same
 * specification and scenario shape (threads, operations, generators). The plain API uses the class
 * as loaded: its static state is not reset between executions (the JUnit form's is).
 *
 * <p>The object under test must live in the specification's instance: each execution makes a fresh
 * one, and the checker makes fresh instances of the model (by default the same class) to run orders
 * on. State in static fields would be shared by the instance under test and the model, and every
 * check would be wrong.
 *
 * <p>A failing scenario is made smaller before it is reported ({@link ScenarioShrinker}, within
 * {@link LinearizabilityOptions#shrinkTime()}), then its interleaving is shrunk as {@code explore}
 * shrinks one; the key of a shrunk scenario carries its shape ({@code SEED/INDEX/SHAPE/TOKEN}).
 */
public final class Linearizability {

    private Linearizability() {
    }

    public static LinearizabilityResult check(Class<?> spec, LinearizabilityOptions options) {
        return check(spec, options, SpecSource.of(spec), ProgressListener.NONE);
    }

    /**
     * @param spec     the class that declares the operations (scenarios are drawn from it)
     * @param source   where each execution gets its copy of that class
     * @param listener told of each execution and, at once, of each failing schedule (to save it)
     */
    public static LinearizabilityResult check(Class<?> spec, LinearizabilityOptions options, SpecSource source,
                                              ProgressListener listener) {
        Operations operations = Operations.of(spec);
        validate(spec, options, operations);
        long start = System.nanoTime();
        long schedules = 0;
        long exhausted = 0;
        for (long index = 0; index < options.scenarios(); index++) {
            Duration remaining = remaining(options, start);
            if (remaining != null && remaining.isZero()) {
                return new LinearizabilityResult(index, exhausted, schedules, System.nanoTime() - start, true, Optional.empty());
            }
            Scenario scenario = Scenario.generate(operations, options, index);
            ExploreOptions explore = options.explore().withSeed(Scenario.mix(options.seed(), index));
            if (remaining != null) {
                explore = explore.withTimeLimit(remaining);
            }
            Exploration exploration = new Explorer(explore, listener).explore(target(spec, options, source, scenario, index, null));
            schedules += exploration.schedulesRun();
            exhausted += exploration.exhausted() ? 1 : 0;
            if (endedByTheTimeLimit(exploration)) {
                // The check's budget ran out inside this scenario's first execution: the explorer
                // reports that as found (nothing else ran in its exploration), but it is the budget's
                // end, not a hang of the structure.
                return new LinearizabilityResult(index, exhausted, schedules, System.nanoTime() - start, true, Optional.empty());
            }
            if (exploration.found().isPresent()) {
                LinearizabilityResult.Failing failing = shrink(spec, options, source, listener, scenario, index,
                        exploration, start);
                return new LinearizabilityResult(index + 1, exhausted, schedules, System.nanoTime() - start, false,
                        Optional.of(failing));
            }
            if (exploration.timeLimitReached()) {
                return new LinearizabilityResult(index, exhausted, schedules, System.nanoTime() - start, true, Optional.empty());
            }
        }
        return new LinearizabilityResult(options.scenarios(), exhausted, schedules, System.nanoTime() - start, false, Optional.empty());
    }

    /**
     * The failing scenario made smaller (see {@link ScenarioShrinker}), then explored once more as
     * the first was, with its interleaving shrunk: the failure reported. When shrinking is off, or
     * no smaller scenario fails the same way, the first exploration is the one reported.
     */
    private static LinearizabilityResult.Failing shrink(Class<?> spec, LinearizabilityOptions options, SpecSource source,
                                                        ProgressListener listener, Scenario generated, long index,
                                                        Exploration first, long start) {
        ExploreOptions explore = options.explore().withSeed(Scenario.mix(options.seed(), index));
        FailureKind kind = FailureKind.of(first.found().orElseThrow().failure());
        if (!explore.shrink() || options.shrinkTime().isZero()) {
            return failing(options, index, generated, null, first, null, kind);
        }
        long deadline = Math.addExact(System.nanoTime(), options.shrinkTime().toNanos());
        Duration remaining = remaining(options, start);
        if (remaining != null) {
            deadline = Math.min(deadline, System.nanoTime() + remaining.toNanos());
        }
        ScenarioShrinker.Outcome outcome = new ScenarioShrinker(generated, kind, explore,
                shape -> target(spec, options, source, shape.apply(generated), index, shape), deadline).shrink();
        ScenarioShape shape = outcome.shape();
        if (shape.equals(ScenarioShape.whole(generated))) {
            return failing(options, index, generated, null, first, outcome, kind);
        }
        Scenario shrunk = shape.apply(generated);
        Exploration last = new Explorer(explore, listener).explore(target(spec, options, source, shrunk, index, shape));
        if (last.found().isEmpty() || FailureKind.of(last.found().get().failure()) != kind) {
            // Explored as before, it must fail as before; if a budget changed that, the first one stands.
            return failing(options, index, generated, null, first, outcome, kind);
        }
        return failing(options, index, generated, shape, last, outcome, kind);
    }

    private static LinearizabilityResult.Failing failing(LinearizabilityOptions options, long index, Scenario generated,
                                                         ScenarioShape shape, Exploration exploration,
                                                         ScenarioShrinker.Outcome outcome, FailureKind kind) {
        ReplayKey key = new ReplayKey(options.seed(), index, shape, exploration.found().orElseThrow().shrunk().token());
        Scenario scenario = shape == null ? generated : shape.apply(generated);
        LinearizabilityResult.ScenarioShrink shrink = outcome == null ? null
                : new LinearizabilityResult.ScenarioShrink(generated, outcome.candidates(), outcome.nanos(),
                outcome.budgetReached());
        return new LinearizabilityResult.Failing(index, scenario, exploration, key, kind, shrink);
    }

    /** The scenario that {@code key} names: the generated one, or the shape it was shrunk to. */
    public static Scenario scenario(Class<?> spec, LinearizabilityOptions options, ReplayKey key) {
        Scenario generated = Scenario.generate(Operations.of(spec), options.withSeed(key.seed()), key.scenario());
        return key.shape() == null ? generated : key.shape().apply(generated);
    }

    /**
     * Runs the scenario and schedule of {@code key} once, recording each step's source line.
     *
     * @throws dev.interleave.schedule.BadScheduleException when the token belongs to another scenario
     * @throws dev.interleave.schedule.ReplayDivergedException when the run does not follow it
     */
    public static RunResult replay(Class<?> spec, LinearizabilityOptions options, ReplayKey key) {
        return replay(spec, options, key, SpecSource.of(spec), RunOptions.defaults());
    }

    /** As {@link #replay(Class, LinearizabilityOptions, ReplayKey)}, with a source and run options (limits, instrumented classes). */
    public static RunResult replay(Class<?> spec, LinearizabilityOptions options, ReplayKey key, SpecSource source,
                                   RunOptions run) {
        LinearizabilityOptions seeded = options.withSeed(key.seed());
        Target target = target(spec, seeded, source, scenario(spec, options, key), key.scenario(), key.shape());
        return Replayer.replay(ControlledRuntime.get(), target.body()::run, ScheduleToken.decode(key.token(), target.name()),
                run.withEchoOutput(false).withRecordLocations(true));
    }

    /**
     * A scenario's target: named by the specification, the seed, the index and the shape it was
     * shrunk to (if it was), so that its tokens name it.
     */
    private static Target target(Class<?> spec, LinearizabilityOptions options, SpecSource source, Scenario scenario,
                                 long index, ScenarioShape shape) {
        String model = options.sequential() == null ? null : options.sequential().getName();
        return new Target(spec.getName() + "@" + options.seed() + "#" + index + (shape == null ? "" : "[" + shape + "]"),
                new ScenarioRun(source, model, scenario, options.virtualThreads())::run);
    }

    /**
     * A specification without a usable constructor, or a model without one of its operations, is a
     * mistake of the test, said at once: inside an execution it would look like a failure found.
     */
    private static void validate(Class<?> spec, LinearizabilityOptions options, Operations operations) {
        new Binding(spec);
        if (options.sequential() != null) {
            try {
                new Binding(options.sequential()).requireOperations(operations);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("a parameter type of an operation is missing: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Whether the failure an exploration found is the time limit ending an execution. A scenario's
     * exploration gets what is left of the check's budget, and {@code explore} reports the limit
     * ending its first execution as a finding; here that is no failure of the structure, and the
     * result says the time limit ended the check (a step stuck or a spin caught by its own limit
     * before the budget ran out is still a failure).
     */
    private static boolean endedByTheTimeLimit(Exploration exploration) {
        return exploration.timeLimitReached() && exploration.found().isPresent()
                && exploration.found().get().failure() instanceof Failure.LimitExceeded limit
                && limit.kind() == Failure.Limit.TIME;
    }

    private static Duration remaining(LinearizabilityOptions options, long start) {
        if (options.timeLimit() == null) {
            return null;
        }
        long left = options.timeLimit().toNanos() - (System.nanoTime() - start);
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }
}
