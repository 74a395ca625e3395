package dev.interleave.explore;

import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.runtime.Execution;
import dev.interleave.strategy.GuidedStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Shrinks a failing schedule while it still fails the same way: first the shortest prefix after
 * which FIFO order alone reaches the failure, then each remaining delay (a choice other than
 * the oldest runnable task, see {@link DelayCounter}) put back to FIFO's choice. Each candidate runs leniently: where a
 * recorded choice no longer applies, FIFO's is taken; the run's own choices become the new schedule.
 * A schedule is better with fewer delays, and with as many but fewer steps: a shorter trace
 * is easier to read. Shrinking stops at its deadline with the best schedule so far (a shrink that
 * takes longer than the search would cost the user more than it saves), and says so.
 */
final class Shrinker {

    private static final int MAX_RUNS = 400;

    private final ControlledRuntime runtime;
    private final RunOptions options;
    private final Execution.Body body;
    private final FailureSignature signature;
    /** When shrinking stops (real time, {@code System.nanoTime}). */
    private final long deadline;
    private int runs;
    /** Delays (choices that differ from FIFO's) of each schedule run so far. */
    private final Map<List<Integer>, Integer> delayCache = new HashMap<>();
    /** Steps of each schedule run so far. */
    private final Map<List<Integer>, Integer> stepCache = new HashMap<>();
    /** Whether the budget (time or runs) ended shrinking before it had tried everything. */
    private boolean budgetReached;

    Shrinker(ControlledRuntime runtime, RunOptions options, Execution.Body body, FailureSignature signature,
             long deadline) {
        this.runtime = runtime;
        this.options = options;
        this.body = body;
        this.signature = signature;
        this.deadline = deadline;
    }

    /** Whether another candidate may run: the run budget and the deadline both allow it. */
    private boolean mayRun() {
        boolean may = runs < MAX_RUNS && System.nanoTime() - deadline < 0;
        budgetReached |= !may;
        return may;
    }

    /** Whether the budget ended shrinking: the schedule might shrink further. */
    boolean budgetReached() {
        return budgetReached;
    }

    int runs() {
        return runs;
    }

    List<Integer> shrink(List<Integer> failing) {
        List<Integer> best = failing;
        boolean improved = true;
        while (improved && mayRun()) {
            improved = false;
            List<Integer> shorter = shortestFailingPrefix(best);
            if (shorter != null && delays(shorter) <= delays(best) && !shorter.equals(best)
                    && steps(shorter) <= steps(best)) {
                best = shorter;
                improved = true;
            }
            // A schedule without delays is FIFO's own run: no choice is left to put back.
            for (int i = best.size() - 1; i >= 0 && delays(best) > 0 && mayRun(); i--) {
                List<Integer> candidate = new ArrayList<>(best);
                candidate.set(i, GuidedStrategy.DEFAULT);
                List<Integer> result = tryRun(candidate);
                if (result != null && better(result, best)) {
                    best = result;
                    improved = true;
                    i = Math.min(i, best.size());
                }
            }
        }
        return best;
    }

    private List<Integer> shortestFailingPrefix(List<Integer> choices) {
        for (int length = 0; length < choices.size() && mayRun(); length++) {
            List<Integer> result = tryRun(choices.subList(0, length));
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /** Runs a candidate; its actual choices when it fails the same way, else null. */
    private List<Integer> tryRun(List<Integer> candidate) {
        runs++;
        DelayCounter counter = new DelayCounter(new GuidedStrategy(candidate, false));
        RunResult result = runtime.execute(options.withStrategy(counter).withTimeLimit(remaining()), body);
        // The run's own choices, replayed, make the same decisions: keep its count, not a rerun.
        delayCache.putIfAbsent(result.choices(), counter.delays());
        stepCache.putIfAbsent(result.choices(), result.trace().size());
        return signature.equals(FailureSignature.of(result.verdict())) ? result.choices() : null;
    }

    /** The time left to shrink: a candidate that runs past it is cut and counts as not failing the same way. */
    private java.time.Duration remaining() {
        return java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    /** Fewer delays, or as many and fewer steps. */
    private boolean better(List<Integer> candidate, List<Integer> best) {
        int fewer = Integer.compare(delays(candidate), delays(best));
        return fewer < 0 || fewer == 0 && steps(candidate) < steps(best);
    }

    /** Steps of a schedule: known from the run that produced it, or counted by replaying it. */
    private int steps(List<Integer> choices) {
        if (!stepCache.containsKey(choices)) {
            delayCache.remove(choices);
            delays(choices);
        }
        return stepCache.get(choices);
    }

    /** Delays of a schedule: known from the run that produced it, or counted by replaying it. */
    int delays(List<Integer> choices) {
        return delayCache.computeIfAbsent(choices, c -> {
            DelayCounter counter = new DelayCounter(new GuidedStrategy(c, false));
            stepCache.put(c, runtime.execute(options.withStrategy(counter), body).trace().size());
            return counter.delays();
        });
    }
}
