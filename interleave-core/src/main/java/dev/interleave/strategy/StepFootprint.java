package dev.interleave.strategy;

import dev.interleave.PointKind;

/**
 * What one step did, as far as Interleave sees it. {@code accesses} are the memory locations it
 * used, sorted, each a {@link Locations location} with its use (read, write, or a release that
 * only orders): a field or array element of an object, or an object's synchronization state (the
 * monitor entered or left, the lock, latch or semaphore used or blocked on, the atomic read or
 * updated). Objects are numbered in the order the execution first met them, so that they compare
 * across executions with the same prefix; {@code namedBefore} is how many objects were numbered
 * when the step began: numbers above it were met first in this step and mean nothing in another
 * execution. {@code tasks} are the tasks whose life the step touched: those it started, woke or
 * joined, and its own task in the task's first step, its last, and a step that resumes from a
 * join. Only those of a task's steps, not all of them, are ordered with a start, a wake-up or a
 * join of it. {@code pending} is the location of the access or synchronization action the step
 * stopped before (a point of sync or preemptive mode), if any: the task's next step begins with it.
 * It is not part of what the step did, so DFS's reduction ignores it; POS, which needs to know what
 * a task is about to do, reads it.
 *
 * <p>{@code global} marks a step whose effects we cannot bound: one that ends in a yield or a
 * sleep (the program's await points) or begins after one, one that ends in a timed or
 * unexplained park, an {@code Object.wait} or a block on an unnamed monitor or begins after one,
 * one that uses a concurrent collection, a future, a JDK collection or stream, or another part of
 * {@code java.util.concurrent} footprints do not name, one that draws a thread number or counter,
 * or a stopped run. Such a step depends on, and races with, every step of another task.
 */
public record StepFootprint(int task, PointKind kind, boolean global, long[] accesses, int[] tasks, int namedBefore,
                            long[] pending) {

    /**
     * Whether the two steps are ordered, so that they may not commute: true unless both are
     * bounded, they name no task in common, and no location is used by both with one writing or
     * only ordering (a monitor's release and its next acquire). Conservative: an object the other
     * step met first cannot be told apart, so two steps that both met new objects are taken to
     * share them.
     */
    public boolean dependsOn(StepFootprint other) {
        if (global || other.global || task == other.task) {
            return true;
        }
        if (intersects(tasks, other.tasks)) {
            return true;
        }
        return Locations.ordered(accesses, other.accesses, Math.min(namedBefore, other.namedBefore));
    }

    /**
     * Whether the two steps race: they are of different tasks, and either is unbounded or both
     * use a location, one writing, neither only ordering. Unlike {@link #dependsOn}, a start and
     * the started task's first step, an end and a join of it, a release and the next acquire do
     * not race: the later could not have run first, so there is no other order to try.
     */
    public boolean racesWith(StepFootprint other) {
        if (task == other.task) {
            return false;
        }
        return global || other.global
                || Locations.conflict(accesses, other.accesses, Math.min(namedBefore, other.namedBefore));
    }

    /**
     * Whether this step lets {@code other} run at all: it starts, wakes or ends the other's task
     * (a join), or releases a monitor the other then takes. When the other's task could not run
     * before this step, their race cannot be reversed.
     */
    public boolean enables(StepFootprint other) {
        return intersects(tasks, other.tasks)
                || Locations.releases(accesses, other.accesses, Math.min(namedBefore, other.namedBefore));
    }

    /**
     * Whether this step, or the access it stopped before, may not commute with {@code other}: what
     * POS asks of a task's pending step, which begins with that access.
     */
    public boolean pendingRacesWith(StepFootprint other) {
        if (dependsOn(other)) {
            return true;
        }
        return Locations.ordered(pending, other.accesses, Math.min(namedBefore, other.namedBefore));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("task " + task + " " + kind + (global ? " global" : "") + " [");
        for (long l : accesses) {
            b.append(Locations.object(l)).append(':').append((l >>> 2) & 0x3fffffff).append("rwo".charAt(Locations.use(l))).append(' ');
        }
        return b.append("] tasks ").append(java.util.Arrays.toString(tasks)).toString();
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

}
