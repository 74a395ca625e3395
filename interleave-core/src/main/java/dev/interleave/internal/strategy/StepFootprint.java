package dev.interleave.internal.strategy;

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
 * <p>{@code global} marks a step whose effects footprints cannot bound, as {@link Independence}
 * decides it: one that ends at an await point (a sleep or a timed park, an unexplained park, a
 * timed {@code Object.wait} or one in JDK code, a block on a monitor JDK code holds, a stopped run)
 * or begins after one, or one that uses a concurrent collection, a future, a JDK collection or
 * stream, or another part of {@code java.util.concurrent} footprints do not name, or draws a
 * thread number or counter. Such a step depends on, and races with, every step of another task.
 * Which other footprints commute is {@link Independence}'s to decide as well.
 */
public record StepFootprint(int task, PointKind kind, boolean global, long[] accesses, int[] tasks, int namedBefore,
                            long[] pending) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("task " + task + " " + kind + (global ? " global" : "") + " [");
        for (long l : accesses) {
            b.append(Locations.object(l)).append(':').append((l >>> 2) & 0x3fffffff).append("rwo".charAt(Locations.use(l))).append(' ');
        }
        return b.append("] tasks ").append(java.util.Arrays.toString(tasks)).toString();
    }
}
