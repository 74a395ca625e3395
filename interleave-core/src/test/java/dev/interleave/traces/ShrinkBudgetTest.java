package dev.interleave.traces;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Shrinking stops at its budget with the best schedule so far, and says that the budget stopped it. */
class ShrinkBudgetTest {

    static final class Counter {
        int count;
    }

    private static void lostUpdate() throws InterruptedException {
        Counter counter = new Counter();
        Runnable add = () -> {
            for (int i = 0; i < 20; i++) {
                counter.count++;
            }
        };
        Thread first = new Thread(add);
        Thread second = new Thread(add);
        first.start();
        second.start();
        first.join();
        second.join();
        if (counter.count != 40) {
            throw new AssertionError("lost update: " + counter.count);
        }
    }

    private static Found found(ExploreOptions options) {
        Exploration e = Interleave.explore("lost update", options, ShrinkBudgetTest::lostUpdate);
        assertTrue(e.found().isPresent(), "the lost update was not found");
        return e.found().get();
    }

    @Test
    void aSpentBudgetKeepsTheScheduleAsFoundAndSaysSo() {
        Found found = found(ExploreOptions.defaults(1).withStrategy(Strategies.RANDOM).withMode(Mode.PREEMPTIVE)
                .withShrinkTime(Duration.ofNanos(1)));
        assertTrue(found.shrinkBudgetReached());
        assertEquals(found.schedule(), found.shrunk(), "nothing could be tried");
        assertEquals(0, found.shrinkRuns());
    }

    @Test
    void aLostUpdateThatFifosOrderShowsTooShrinksToNoDelay() {
        // FIFO alternates the two threads at every access in preemptive mode, and loses updates:
        // its run, with no delay at all, is the best schedule, though it takes more steps than the
        // random one found (a prefix that led to it was once refused for those steps).
        Found found = found(ExploreOptions.defaults(1).withStrategy(Strategies.RANDOM).withMode(Mode.PREEMPTIVE)
                .withShrinkTime(Duration.ofMinutes(5)));
        assertTrue(found.delays() > 0, "found with delays");
        assertEquals(0, found.shrunkDelays(), "shrunk from " + found.delays() + " in " + found.shrinkRuns() + " runs");
    }

    @Test
    void withinItsBudgetShrinkingEndsOnItsOwnAndRemovesDelays() {
        ExploreOptions options = ExploreOptions.defaults(1).withStrategy(Strategies.RANDOM).withMode(Mode.PREEMPTIVE);
        assertEquals(Duration.ofSeconds(10), options.shrinkTime(), "the default budget");
        Found found = found(options.withShrinkTime(Duration.ofMinutes(5)));
        assertFalse(found.shrinkBudgetReached(), found.shrinkRuns() + " runs");
        assertTrue(found.delays() > found.shrunkDelays(), found.delays() + " to " + found.shrunkDelays());
        assertTrue(found.shrinkNanos() > 0);
    }
}
