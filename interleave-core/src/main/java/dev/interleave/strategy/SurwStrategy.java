package dev.interleave.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Each task's next access, when its last step stopped before one. */
    private final Map<Integer, Long> pending = new HashMap<>();
    private final Set<Integer> heldBack = new HashSet<>();
    private final Map<Integer, Integer> interestingEvents = new HashMap<>();
    private SplittableRandom random;
    private int intended;

    public SurwStrategy(long seed) {
        this.seed = seed;
        beginExecution(0);
    }

    @Override
    public void beginExecution(long index) {
        random = new SplittableRandom(Seeds.forExecution(seed, index));
        events.begin();
        pending.clear();
        heldBack.clear();
        interestingEvents.clear();
        intended = -1;
    }

    @Override
    public boolean wantsFootprints() {
        return true;
    }

    @Override
    public void stepped(StepFootprint step) {
        if (interesting(step.task())) {
            interestingEvents.merge(step.task(), 1, Integer::sum);
            events.ran(step.task(), 1);
        }
        shared.used(step.task(), step.accesses());
        if (step.pending().length > 0) {
            pending.put(step.task(), step.pending()[0]);
        } else {
            pending.remove(step.task());
        }
    }

    private boolean interesting(int task) {
        Long next = pending.get(task);
        return next != null && shared.racy(next);
    }

    @Override
    public int choose(DecisionPoint point) {
        List<Integer> runnable = point.runnable();
        events.see(runnable, point.lastTask());
        List<Integer> open = new ArrayList<>(runnable.size());
        for (int task : runnable) {
            if (!heldBack.contains(task)) {
                open.add(task);
            }
        }
        if (open.isEmpty()) {
            heldBack.clear();
            open.addAll(runnable);
        }
        if (!open.contains(intended)) {
            intended = -1;
        }
        // Ends: the intended task is never held back, and each other draw holds one back.
        while (true) {
            int task = open.get(random.nextInt(open.size()));
            if (!interesting(task)) {
                return runnable.indexOf(task);
            }
            if (intended < 0) {
                intended = open.get(events.draw(open, random));
            }
            if (task == intended) {
                heldBack.clear();
                intended = -1;
                return runnable.indexOf(task);
            }
            heldBack.add(task);
            open.remove(Integer.valueOf(task));
        }
    }

    @Override
    public void endExecution() {
        int tasks = interestingEvents.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int[] byTask = new int[tasks];
        interestingEvents.forEach((task, count) -> byTask[task] = count);
        events.end(byTask);
    }
}
