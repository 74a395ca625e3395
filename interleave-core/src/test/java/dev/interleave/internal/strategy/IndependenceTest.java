package dev.interleave.internal.strategy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a step ends at an await point, and so is global: the rule the reduction's soundness rests on. */
class IndependenceTest {

    @Test
    void aTurnAnExitAndWaitsThatFootprintsNameAreNoAwaitPoints() {
        assertFalse(Independence.awaits(StepEnd.TURN));
        assertFalse(Independence.awaits(StepEnd.EXIT));
        assertFalse(Independence.awaits(new StepEnd.Park(true)), "a park on a synchronizer's queue");
        assertFalse(Independence.awaits(new StepEnd.MonitorBlock(true)), "a block on a modelled monitor");
        assertFalse(Independence.awaits(new StepEnd.Wait(true, false)), "an untimed wait on a modelled monitor");
    }

    @Test
    void timersUnexplainedParksAndUnnamedMonitorsAreAwaitPoints() {
        assertTrue(Independence.awaits(StepEnd.STOPPED));
        assertTrue(Independence.awaits(StepEnd.TIMED_PARK));
        assertTrue(Independence.awaits(new StepEnd.Park(false)));
        assertTrue(Independence.awaits(new StepEnd.MonitorBlock(false)), "a monitor that JDK code holds");
        assertTrue(Independence.awaits(new StepEnd.Wait(true, true)), "a timed wait sets a timer");
        assertTrue(Independence.awaits(new StepEnd.Wait(false, false)), "a wait in JDK code");
    }

    @Test
    void aStepIsGlobalAtAnAwaitPointAfterOneOrWhenUnbounded() {
        assertFalse(Independence.global(false, false, false));
        assertTrue(Independence.global(true, false, false));
        assertTrue(Independence.global(false, true, false));
        assertTrue(Independence.global(false, false, true));
    }
}
