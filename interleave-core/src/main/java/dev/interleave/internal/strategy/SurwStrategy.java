package dev.interleave.internal.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Selectively uniform random walk (Zhao et al., ASPLOS 2025): the uniform walk of {@link
 * UrwStrategy} over the interesting events only, the accesses to fields and elements that more
 * than one task used with one writing ({@link SharedSlots}). Other steps (starts, joins, a task's
 * first step, accesses to its own objects) do not compete for the weighted choice: a walk uniform
 * over all of them would spend its chances on the order of main's thread starts and the setters'
 * first steps, while a bug is an order of shared accesses.
 *
 * <p>At a decision a runnable task is drawn uniformly; if its next step starts with an interesting
 * access (the access its last step stopped before, known in sync and preemptive modes) it runs
 * only if it is the intended task, drawn among the tasks not held back in proportion to the
 * interesting events each has left; otherwise it is held back until an interesting event runs,
 * and another is drawn. A task whose next step is not interesting runs when drawn. In cooperative
 * mode no access is pending, and this is a random walk. The first execution learns the shared
 * slots and the counts and is a random walk too.
 */
public final class SurwStrategy implements Strategy {

    private final long seed;
    private final RemainingEvents events = new RemainingEvents();
    private final SharedSlots shared = new SharedSlots();
    /** By task id: whether its next step begins with an access to a shared slot. */
    private boolean[] interesting = new boolean[16];
    private final Set<Integer> heldBack = new HashSet<>();
    /** By task id: the interesting steps it took in this execution. */
    private int[] interestingEvents = new int[16];
    private SplittableRandom random;
    private int intended;
    /** The task chosen at the last decisions, and how many decisions in a row. */
    private int streakTask = -1;
    private int streak;
    private static final int MOST_IN_A_ROW = 1_000;

    public SurwStrategy(long seed) {
        this.seed = seed;
        beginExecution(0);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
        events.begin();
        Arrays.fill(interesting, false);
        heldBack.clear();
        Arrays.fill(interestingEvents, 0);
        intended = -1;
        streakTask = -1;
        streak = 0;
    }

    @Override
    public boolean wantsFootprints() {
        return true;
    }

    @Override
    public void stepped(StepFootprint step) {
        int task = step.task();
        if (task >= interesting.length) {
            interesting = Arrays.copyOf(interesting, Math.max(task + 1, 2 * interesting.length));
            interestingEvents = Arrays.copyOf(interestingEvents, interesting.length);
        }
        if (interesting[task]) {
            interestingEvents[task]++;
            events.ran(task, 1);
        }
        shared.used(task, step.accesses());
        interesting[task] = step.pending().length > 0 && shared.racy(step.pending()[0]);
    }

    private boolean interesting(int task) {
        return task < interesting.length && interesting[task];
    }

    @Override
    public int choose(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        events.see(runnable, point.lastTask());
        int index = chooseWeighted(point, runnable);
        // As PCT does: no task is chosen for ever while others could run. Weights learned from
        // other executions can starve a task (a producer between claiming a queue slot and filling
        // it, while the consumer spins on the slot), and the run would end as a livelock that the
        // program does not have.
        int task = runnable.get(index);
        streak = task == streakTask ? streak + 1 : 1;
        streakTask = task;
        if (streak > MOST_IN_A_ROW) {
            index = (index + 1 + random.nextInt(runnable.size() - 1)) % runnable.size();
            heldBack.clear();
            intended = -1;
            streakTask = runnable.get(index);
            streak = 1;
        }
        return index;
    }

    private int chooseWeighted(DecisionPoint point, List<Integer> runnable) {
        // Indexes into runnable of the tasks not held back; the first {@code open} of them are still drawable.
        int[] candidates = new int[runnable.size()];
        int open = 0;
        boolean intendedOpen = false;
        for (int i = 0; i < candidates.length; i++) {
            if (!heldBack.contains(runnable.get(i))) {
                candidates[open++] = i;
                intendedOpen |= runnable.get(i) == intended;
            }
        }
        if (open == 0) {
            heldBack.clear();
            for (int i = 0; i < candidates.length; i++) {
                candidates[open++] = i;
                intendedOpen |= runnable.get(i) == intended;
            }
        }
        if (!intendedOpen) {
            intended = -1;
        }
        // Ends: the intended task is never held back, and each other draw holds one back.
        while (true) {
            int drawn = random.nextInt(open);
            int index = candidates[drawn];
            int task = runnable.get(index);
            if (!interesting(task)) {
                return index;
            }
            if (intended < 0) {
                intended = drawIntended(runnable, candidates, open);
            }
            if (task == intended) {
                heldBack.clear();
                intended = -1;
                return index;
            }
            heldBack.add(task);
            candidates[drawn] = candidates[--open];
        }
    }

    private int drawIntended(List<Integer> runnable, int[] candidates, int open) {
        List<Integer> tasks = new ArrayList<>(open);
        for (int i = 0; i < open; i++) {
            tasks.add(runnable.get(candidates[i]));
        }
        return tasks.get(events.draw(tasks, random));
    }

    @Override
    public void endExecution() {
        events.end(interestingEvents);
    }
}
