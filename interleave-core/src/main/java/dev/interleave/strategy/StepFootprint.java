package dev.interleave.strategy;

import dev.interleave.PointKind;

/**
 * What one step touched, as far as Interleave sees it: the synchronizers and monitors it blocked
 * on, resumed in, called, entered or left, and the objects whose volatile fields it used
 * ({@code objects}, numbered in the order the execution first met them, so that they compare
 * across executions with the same prefix), and the tasks it started, woke, joined or ended
 * ({@code tasks}). {@code namedBefore} is how many objects were numbered when the
 * step began: numbers above it were met first in this step and mean nothing in another execution.
 *
 * <p>{@code global} marks a step whose effects we cannot bound: one that ends in a yield or a
 * sleep (the program's await points, around which it reads and writes plain memory) or begins
 * after one, one that ends in a timed or unexplained park, an {@code Object.wait} or a block on
 * an unnamed monitor or begins after one, one that uses an atomic, a concurrent collection, a
 * future or another part of {@code java.util.concurrent} footprints do not name, one that draws
 * a thread number or counter, or a stopped run. Such a step depends on every step.
 */
public record StepFootprint(int task, PointKind kind, boolean global, int[] objects, int[] tasks, int namedBefore) {

    /**
     * Whether the two steps may not commute; true unless both are bounded and share no object or
     * task. Conservative: an object the other step met first cannot be told apart, so two steps
     * that both met new objects are taken to share them.
     */
    public boolean dependsOn(StepFootprint other) {
        if (global || other.global || task == other.task) {
            return true;
        }
        if (contains(tasks, other.task) || contains(other.tasks, task) || intersects(tasks, other.tasks)) {
            return true;
        }
        int known = Math.min(namedBefore, other.namedBefore);
        boolean newHere = false;
        boolean newThere = false;
        for (int object : objects) {
            if (object > known) {
                newHere = true;
            } else if (contains(other.objects, object)) {
                return true;
            }
        }
        for (int object : other.objects) {
            newThere |= object > known;
        }
        return newHere && newThere;
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
