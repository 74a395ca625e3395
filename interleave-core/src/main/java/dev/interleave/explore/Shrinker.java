package dev.interleave.explore;

import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.runtime.Execution;
import dev.interleave.internal.strategy.GuidedStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a failing schedule while it still fails the same way, by putting its delays (choices
 * other than the oldest runnable task, see {@link DelayCounter}) back to FIFO's choice: first in
 * chunks, half of them at a time, then smaller chunks (delta debugging), which takes a schedule of
 * thousands of delays down in tens of runs; then the shortest prefix after which FIFO order alone
 * reaches the failure; then each remaining delay alone. Each candidate runs leniently: where a
 * recorded choice no longer applies, FIFO's is taken; the run's own choices become the new schedule.
 * A schedule is better with fewer delays, and with as many but fewer steps: a shorter trace is
 * easier to read. Only a better schedule that fails the same way replaces the best, so the result
 * never has more delays than the schedule found. Shrinking stops at its deadline with the best
 * schedule so far (a shrink that takes longer than the search would cost the user more than it
 * saves), and says so.
 */
final class Shrinker {

    private static final int MAX_RUNS = 400;

    /** What a schedule's run showed: which of its decisions were delays, and its steps. */
    private record Known(int[] delayed, int steps) {
    }

    private final ControlledRuntime runtime;
    private final RunOptions options;
    private final Execution.Body body;
    private final FailureSignature signature;
    /** When shrinking stops (real time, {@code System.nanoTime}). */
    private final long deadline;
    private int runs;
    /** Each schedule run so far: a run's own choices, replayed, make the same decisions. */
    private final Map<List<Integer>, Known> known = new HashMap<>();
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
            List<Integer> start = best;
            best = inChunks(best);
            List<Integer> shorter = shortestFailingPrefix(best);
            if (shorter != null && better(shorter, best)) {
                best = shorter;
            }
            best = oneByOne(best);
            improved = !best.equals(start);
        }
        return best;
    }

    /**
     * Delta debugging over the delays: puts chunks of them back to FIFO's choice, half of them at
     * a time, then quarters, and so on down to pairs; a chunk whose removal still fails is gone for
     * good, and the chunks are cut again from what is left. Single delays are {@link #oneByOne}'s.
     */
    private List<Integer> inChunks(List<Integer> best) {
        int parts = 2;
        while (true) {
            int[] delayed = known(best).delayed();
            int size = Math.ceilDiv(delayed.length, parts);
            if (size < 2 || !mayRun()) {
                return best;
            }
            List<Integer> reduced = null;
            // From the last chunk to the first: a delay that comes late changes less of the run.
            for (int end = delayed.length; end > 0 && reduced == null && mayRun(); end -= size) {
                List<Integer> candidate = delaysOnly(best);
                for (int i = Math.max(0, end - size); i < end; i++) {
                    candidate.set(delayed[i], GuidedStrategy.DEFAULT);
                }
                List<Integer> result = tryRun(candidate);
                reduced = result != null && better(result, best) ? result : null;
            }
            if (reduced != null) {
                best = reduced;
                parts = Math.max(parts - 1, 2);
            } else {
                parts = Math.min(parts * 2, delayed.length);
            }
        }
    }

    /**
     * Each delay alone, from the last to the first, undone three ways until one shrinks: put back to
     * FIFO's choice with the choices after it left to FIFO where they were its; taken out, so that
     * the delays after it come one decision earlier (a failure that needs two delays in a row after a
     * task ran once more keeps them, one task-run sooner); and put back with the tasks chosen after
     * it kept (they then run in the same order, at the cost of a new delay wherever one of them is
     * no longer the oldest runnable task). Each gets out of schedules the others cannot shrink.
     */
    private List<Integer> oneByOne(List<Integer> best) {
        int[] delayed = known(best).delayed();
        // A schedule without delays is FIFO's own run: no choice is left to put back.
        for (int d = delayed.length - 1; d >= 0 && mayRun(); d--) {
            List<Integer> reset = delaysOnly(best);
            reset.set(delayed[d], GuidedStrategy.DEFAULT);
            List<Integer> removed = delaysOnly(best);
            removed.remove(delayed[d]);
            List<Integer> sameTasks = new ArrayList<>(best);
            sameTasks.set(delayed[d], GuidedStrategy.DEFAULT);
            List<Integer> result = null;
            for (List<Integer> candidate : List.of(reset, removed, sameTasks)) {
                if (!mayRun()) {
                    break;
                }
                List<Integer> run = tryRun(candidate);
                if (run != null && better(run, best)) {
                    result = run;
                    break;
                }
            }
            if (result != null) {
                best = result;
                delayed = known(best).delayed();
                d = Math.min(d, delayed.length);
            }
        }
        return best;
    }

    /**
     * {@code choices} with FIFO's choice, {@link GuidedStrategy#DEFAULT}, wherever they made it: the
     * same run. A candidate made from it by putting delays back cannot gain a delay elsewhere: with
     * the recorded tasks kept, a task that was the oldest runnable one before a delay was put back
     * may not be after it, and choosing it again would be a new delay.
     */
    private List<Integer> delaysOnly(List<Integer> choices) {
        List<Integer> candidate = new ArrayList<>(java.util.Collections.nCopies(choices.size(), GuidedStrategy.DEFAULT));
        for (int d : known(choices).delayed()) {
            candidate.set(d, choices.get(d));
        }
        return candidate;
    }

    /**
     * The shortest prefix of {@code choices} after which FIFO's order reaches the failure, run, or
     * null: the empty one (FIFO's order alone), then those that end at the second delay, the
     * third, and so on. The others need no run: between two delays (and before the first) the
     * schedule makes FIFO's choices, so a prefix that ends there runs as the one that ends at the
     * next delay does (the empty one as the one that ends at the first).
     */
    private List<Integer> shortestFailingPrefix(List<Integer> choices) {
        int[] delayed = known(choices).delayed();
        for (int i = 0; i < Math.max(1, delayed.length); i++) {
            int length = i == 0 ? 0 : delayed[i];
            if (!mayRun()) {
                return null;
            }
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
        known.putIfAbsent(result.choices(), new Known(counter.delayedDecisions(), result.trace().size()));
        return signature.equals(FailureSignature.of(result.verdict())) ? result.choices() : null;
    }

    /** The time left to shrink: a candidate that runs past it is cut and counts as not failing the same way. */
    private java.time.Duration remaining() {
        return java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    /** Fewer delays, or as many and fewer steps. */
    private boolean better(List<Integer> candidate, List<Integer> best) {
        Known c = known(candidate);
        Known b = known(best);
        int fewer = Integer.compare(c.delayed().length, b.delayed().length);
        return fewer < 0 || fewer == 0 && c.steps() < b.steps();
    }

    /** Delays of a schedule: known from the run that produced it, or counted by replaying it. */
    int delays(List<Integer> choices) {
        return known(choices).delayed().length;
    }

    /** What a schedule's run showed: known from the run that produced it, or learnt by replaying it. */
    private Known known(List<Integer> choices) {
        return known.computeIfAbsent(choices, c -> {
            DelayCounter counter = new DelayCounter(new GuidedStrategy(c, false));
            RunResult result = runtime.execute(options.withStrategy(counter), body);
            return new Known(counter.delayedDecisions(), result.trace().size());
        });
    }
}
