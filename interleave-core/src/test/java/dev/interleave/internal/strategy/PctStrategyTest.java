package dev.interleave.internal.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PCT against its paper (Burckhardt et al., ASPLOS 2010): depth d means d - 1 priority change
 * points, each placed uniformly over the k decisions of an execution, with k learned from the
 * executions so far.
 */
class PctStrategyTest {

    private static final int STEPS = 60;

    /** Runs two tasks of {@link #STEPS} steps each; returns how many steps the first took before the other ran. */
    private static int firstSwitch(PctStrategy pct, long index) {
        List<Integer> order = SimulatedTasks.run(pct, index, STEPS, STEPS);
        int run = 0;
        while (run < order.size() && order.get(run).equals(order.getFirst())) {
            run++;
        }
        return run;
    }

    @Test
    void depthOneNeverChangesAPriority() {
        PctStrategy pct = new PctStrategy(3, 1);
        for (int index = 0; index < 50; index++) {
            assertEquals(STEPS, firstSwitch(pct, index), "execution " + index);
        }
    }

    @Test
    void depthTwoPlacesItsChangePointUniformlyOverTheDecisionsSeenSoFar() {
        // The first execution knows no k and guesses 16. A change point at decision c <= 60 makes the
        // first task stop after c steps; the other's 60 steps follow, each a decision: c + 60 decisions,
        // so k grows to about 120, and a change point falls in the first task's steps half the time.
        PctStrategy pct = new PctStrategy(8, 2);
        int[] fifths = new int[6];
        int executions = 4_000;
        for (int index = 0; index < executions; index++) {
            fifths[firstSwitch(pct, index) * 5 / STEPS]++;
        }
        for (int fifth = 0; fifth < 5; fifth++) {
            double share = fifths[fifth] / (double) executions;
            assertTrue(share > 0.07 && share < 0.13, "fifth " + fifth + " of the steps: " + Arrays.toString(fifths));
        }
    }
}
