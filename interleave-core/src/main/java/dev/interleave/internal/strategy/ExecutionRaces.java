package dev.interleave.internal.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One execution's steps in order, with the happens-before order that their footprints induce
 * (two steps are ordered when {@link Independence#dependent dependent}, a task's steps always),
 * kept as a vector clock per step. It finds the races that DFS's dynamic partial-order reduction
 * reverses (Flanagan and Godefroid, POPL 2005): for a step {@code e} of task p, every earlier
 * step of another task that {@link Independence#race races} with it and does not happen
 * before p's previous step, so that p could have run {@code e} before it.
 */
final class ExecutionRaces {

    private final List<StepFootprint> steps = new ArrayList<>();
    /** Per step, the position plus one of the latest step of each task (by id) that happens before it or is it. */
    private final List<int[]> clocks = new ArrayList<>();
    /** Per task, the position plus one of its latest step; 0 before its first. */
    private int[] lastOf = new int[8];

    void clear() {
        steps.clear();
        clocks.clear();
        Arrays.fill(lastOf, 0);
    }

    StepFootprint step(int position) {
        return steps.get(position);
    }

    /** Adds step {@code e} and returns the positions of the steps it races with, latest first. */
    int[] add(StepFootprint e) {
        int k = steps.size();
        int p = e.task();
        if (p >= lastOf.length) {
            lastOf = Arrays.copyOf(lastOf, Math.max(p + 1, lastOf.length * 2));
        }
        int[] before = lastOf[p] == 0 ? new int[0] : clocks.get(lastOf[p] - 1);
        int[] clock = before;
        int[] races = new int[4];
        int raceCount = 0;
        for (int i = k - 1; i >= 0; i--) {
            StepFootprint s = steps.get(i);
            if (s.task() == p) {
                continue; // ordered by the task's previous step, whose clock is in already
            }
            boolean race = at(before, s.task()) <= i && Independence.race(s, e);
            if (race) {
                if (raceCount == races.length) {
                    races = Arrays.copyOf(races, raceCount * 2);
                }
                races[raceCount++] = i;
            }
            // A step already ordered before e through a later one adds nothing to e's clock. Two
            // steps that race are ordered too, so their footprints are not compared again.
            if (at(clock, s.task()) <= i && (race || Independence.dependent(s, e))) {
                clock = join(clock, clocks.get(i));
            }
        }
        clock = Arrays.copyOf(clock, Math.max(clock.length, p + 1)); // never the previous step's own array
        clock[p] = k + 1;
        steps.add(e);
        clocks.add(clock);
        lastOf[p] = k + 1;
        return Arrays.copyOf(races, raceCount);
    }

    /**
     * Whether what let the last step's task run (a step that {@link Independence#enables enables}
     * it: a start, a release, an end before a join) is step {@code i} or happens after it: then the
     * last step could not have run before step {@code i}.
     */
    boolean enabledAfter(int i) {
        int last = steps.size() - 1;
        StepFootprint e = steps.get(last);
        int task = steps.get(i).task();
        for (int j = i; j < last; j++) {
            StepFootprint s = steps.get(j);
            if (s.task() != e.task() && at(clocks.get(j), task) > i && Independence.enables(s, e)) {
                return true;
            }
        }
        return false;
    }

    private static int at(int[] clock, int task) {
        return task < clock.length ? clock[task] : 0;
    }

    private static int[] join(int[] a, int[] b) {
        int[] joined = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int t = 0; t < b.length; t++) {
            joined[t] = Math.max(joined[t], b[t]);
        }
        return joined;
    }

}
