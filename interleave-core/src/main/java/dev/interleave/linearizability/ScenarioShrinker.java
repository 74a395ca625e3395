package dev.interleave.linearizability;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes a failing scenario smaller while it fails the same way ({@link FailureKind}), as Lincheck
 * minimizes its scenarios: drop a thread's column, drop one operation, move a column's first
 * operation to the end of the initial part or its last to the start of the final part; the first
 * candidate that still fails is kept and the candidates of the smaller scenario are tried, until
 * none fails or the budget ends. Each candidate is explored as the scenario was (the same options,
 * the same seed, the interleaving not shrunk), so the outcome is the same on every run, and the last
 * one names its scenario by a {@link ScenarioShape} of the generated one: one key replays it.
 */
final class ScenarioShrinker {

    /** What shrinking did: the smallest failing shape, how many candidates it explored, in how long, and whether the budget stopped it. */
    record Outcome(ScenarioShape shape, int candidates, long nanos, boolean budgetReached) {
    }

    private final Scenario generated;
    private final FailureKind kind;
    private final ExploreOptions explore;
    private final Function<ScenarioShape, Target> targets;
    private final long deadline;
    private int candidates;
    private boolean budgetReached;

    /**
     * @param targets  the target that runs a shape of {@code generated}
     * @param deadline when shrinking stops ({@code System.nanoTime})
     */
    ScenarioShrinker(Scenario generated, FailureKind kind, ExploreOptions explore,
                     Function<ScenarioShape, Target> targets, long deadline) {
        this.generated = generated;
        this.kind = kind;
        this.explore = explore.withShrink(false);
        this.targets = targets;
        this.deadline = deadline;
    }

    Outcome shrink() {
        long start = System.nanoTime();
        ScenarioShape best = ScenarioShape.whole(generated);
        boolean smaller = true;
        while (smaller && !budgetReached) {
            smaller = false;
            for (ScenarioShape candidate : candidates(best)) {
                if (fails(candidate)) {
                    best = candidate;
                    smaller = true;
                    break;
                }
                if (budgetReached) {
                    break;
                }
            }
        }
        return new Outcome(best, candidates, System.nanoTime() - start, budgetReached);
    }

    /** Whether {@code shape} fails the same way within the budget. */
    private boolean fails(ScenarioShape shape) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            budgetReached = true;
            return false;
        }
        candidates++;
        Exploration exploration = new Explorer(explore.withTimeLimit(Duration.ofNanos(left)), ProgressListener.NONE)
                .explore(targets.apply(shape));
        if (exploration.timeLimitReached()) {
            // Cut by the budget: a run it ended is no failure of the scenario's, nor a pass.
            budgetReached = true;
            return false;
        }
        return exploration.found().isPresent() && FailureKind.of(exploration.found().get().failure()) == kind;
    }

    /** The smaller shapes to try, fewest threads and operations first. */
    static List<ScenarioShape> candidates(ScenarioShape shape) {
        List<ScenarioShape> list = new ArrayList<>();
        List<List<Integer>> columns = shape.parallel();
        for (int c = 0; c < columns.size() && columns.size() > 1; c++) {
            list.add(new ScenarioShape(shape.initial(), without(columns, c), shape.finale()));
        }
        for (int c = 0; c < columns.size(); c++) {
            for (int i = 0; i < columns.get(c).size(); i++) {
                if (columns.get(c).size() > 1) {
                    list.add(new ScenarioShape(shape.initial(), replace(columns, c, without(columns.get(c), i)),
                            shape.finale()));
                }
            }
        }
        for (int i = 0; i < shape.initial().size(); i++) {
            list.add(new ScenarioShape(without(shape.initial(), i), columns, shape.finale()));
        }
        for (int i = 0; i < shape.finale().size(); i++) {
            list.add(new ScenarioShape(shape.initial(), columns, without(shape.finale(), i)));
        }
        for (int c = 0; c < columns.size(); c++) {
            List<Integer> column = columns.get(c);
            if (column.size() > 1 || columns.size() > 1) {
                List<Integer> initial = new ArrayList<>(shape.initial());
                initial.add(column.getFirst());
                list.add(new ScenarioShape(initial, replace(columns, c, column.subList(1, column.size())), shape.finale()));
                List<Integer> finale = new ArrayList<>(shape.finale());
                finale.addFirst(column.getLast());
                list.add(new ScenarioShape(shape.initial(), replace(columns, c, column.subList(0, column.size() - 1)),
                        finale));
            }
        }
        return list;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** The columns with column {@code index} replaced; an empty column is dropped. */
    private static List<List<Integer>> replace(List<List<Integer>> columns, int index, List<Integer> column) {
        List<List<Integer>> copy = new ArrayList<>(columns);
        if (column.isEmpty()) {
            copy.remove(index);
        } else {
            copy.set(index, column);
        }
        return copy;
    }
}
