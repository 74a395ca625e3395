package dev.interleave.internal.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.PointKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The relations DFS's reduction is built on, on hand-made footprints: which uses of a location
 * race, which only order, and which earlier steps a step races with in one execution.
 */
class ExecutionRacesTest {

    private static final int X = Locations.field(0);
    private static final int Y = Locations.field(1);

    private static long read(int object, int slot) {
        return Locations.of(object, slot, Locations.READ);
    }

    private static long write(int object, int slot) {
        return Locations.of(object, slot, Locations.WRITE);
    }

    private static long release(int object) {
        return Locations.of(object, Locations.SYNC, Locations.ORDER);
    }

    private static StepFootprint step(int task, long... accesses) {
        return step(task, new int[0], accesses);
    }

    private static StepFootprint step(int task, int[] tasks, long... accesses) {
        long[] sorted = accesses.clone();
        Arrays.sort(sorted);
        return new StepFootprint(task, PointKind.ACCESS, false, sorted, tasks, 10, new long[0]);
    }

    @Test
    void readsCommuteAndAWriteRacesWithEveryUseOfItsLocation() {
        assertFalse(Independence.race(step(1, read(1, X)), step(2, read(1, X))));
        assertFalse(Independence.dependent(step(1, read(1, X)), step(2, read(1, X))));
        assertTrue(Independence.race(step(1, write(1, X)), step(2, read(1, X))));
        assertTrue(Independence.race(step(1, write(1, X)), step(2, write(1, X))));
        assertFalse(Independence.dependent(step(1, write(1, X)), step(2, write(1, Y))), "another field of the object");
        assertFalse(Independence.dependent(step(1, write(1, X)), step(2, write(2, X))), "the field of another object");
        assertFalse(Independence.dependent(step(1, write(1, X)), step(1 + 1, write(1, Locations.element(0)))));
    }

    @Test
    void aReleaseOrdersTheNextAcquireWithoutRacingWithIt() {
        StepFootprint release = step(1, release(3));
        StepFootprint acquire = step(2, write(3, Locations.SYNC));
        assertTrue(Independence.dependent(release, acquire));
        assertFalse(Independence.race(release, acquire));
        assertTrue(Independence.enables(release, acquire));
    }

    @Test
    void aStartOrdersTheFirstStepButNotTheTasksLaterSteps() {
        StepFootprint start = step(0, new int[] {1});
        assertTrue(Independence.dependent(start, step(1, new int[] {1})));
        assertFalse(Independence.race(start, step(1, new int[] {1})));
        assertFalse(Independence.dependent(start, step(1, write(1, X))));
    }

    @Test
    void objectsMetFirstInBothStepsCannotBeToldApart() {
        StepFootprint a = new StepFootprint(1, PointKind.ACCESS, false, new long[] {read(11, X)}, new int[0], 10, new long[0]);
        StepFootprint b = new StepFootprint(2, PointKind.ACCESS, false, new long[] {read(12, Y)}, new int[0], 10, new long[0]);
        assertTrue(Independence.race(a, b));
    }

    @Test
    void aStepRacesWithEarlierConflictingStepsNotOrderedBeforeItsTask() {
        ExecutionRaces races = new ExecutionRaces();
        assertArrayEquals(new int[0], races.add(step(1, write(1, X))));
        assertArrayEquals(new int[] {0}, races.add(step(2, read(1, X))), "write, then read by another task");
        assertArrayEquals(new int[0], races.add(step(2, read(1, Y))), "nobody wrote y");
        assertArrayEquals(new int[] {2, 1, 0}, races.add(step(3, write(1, X), write(1, Y))),
                "a third task's write could have come before each of them");
        assertArrayEquals(new int[] {3}, races.add(step(1, read(1, Y))),
                "the first task's own earlier write orders nothing of the third's before it");
    }

    @Test
    void twoAcquiresRaceAcrossTheReleaseBetweenThem() {
        ExecutionRaces races = new ExecutionRaces();
        races.add(step(1, write(3, Locations.SYNC), write(1, X)));
        races.add(step(1, release(3)));
        // The second task's acquire is ordered after the release, but the first acquire could
        // have been the second's: that race is what reverses the order the monitor is taken in.
        assertArrayEquals(new int[] {0}, races.add(step(2, write(3, Locations.SYNC), read(1, X))));
        assertTrue(races.enabledAfter(0), "the release after the first acquire let the second run");
        ExecutionRaces independent = new ExecutionRaces();
        independent.add(step(1, write(1, X)));
        independent.add(step(2, read(1, X)));
        assertFalse(independent.enabledAfter(0), "nothing let the read run: the write merely came first");
    }
}
