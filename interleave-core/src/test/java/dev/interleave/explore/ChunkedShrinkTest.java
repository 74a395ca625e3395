package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Strategies;
import dev.interleave.internal.runtime.ControlledRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The shrinker on schedules of hundreds of delays whose failure needs exactly two, late in the run:
 * the shortest failing prefix keeps nearly all of them, and putting them back one per run would
 * spend the shrinker's runs before it got there. Chunks of delays put back at once get to exactly
 * two, and a DFS bounded at one delay, which runs its whole space and passes, proves that two is
 * the fewest.
 */
class ChunkedShrinkTest {

    private static final int PRINTS = 200;

    /**
     * Tasks a and b print {@code PRINTS} times each, yielding between prints (FIFO alternates them:
     * abab...); the run fails when {@code fails} holds for the second half of what they printed
     * while both were printing.
     * A task printing twice in a row while the other was runnable and older is a delay.
     */
    private static Interleave.Body printers(Predicate<String> fails) {
        return () -> {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            Thread a = Thread.ofVirtual().start(() -> printer("a", log));
            Thread b = Thread.ofVirtual().start(() -> printer("b", log));
            a.join();
            b.join();
            String joined = String.join("", log);
            // Up to b's last print: once b has ended, a prints alone, and its run of prints there
            // would be a failure that b's running ahead (a delay for each print ahead) makes.
            String whileBoth = joined.substring(0, joined.lastIndexOf('b'));
            String late = whileBoth.substring(whileBoth.length() / 2);
            if (fails.test(late)) {
                throw new AssertionError("the second half reads " + late);
            }
        };
    }

    private static void printer(String name, List<String> log) {
        for (int i = 0; i < PRINTS; i++) {
            log.add(name);
            if (i < PRINTS - 1) {
                Thread.yield();
            }
        }
    }

    /** Non-overlapping occurrences of {@code part} in {@code text}. */
    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static ExploreOptions cooperative(Strategies strategy) {
        return ExploreOptions.defaults(1).withStrategy(strategy).withMode(Mode.COOPERATIVE).withSchedules(1_000)
                .withShrinkTime(Duration.ofMinutes(5));
    }

    private static void shrinksToExactlyTwo(Interleave.Body body) {
        Exploration bounded = Interleave.explore("one delay", cooperative(Strategies.DFS).withDelayBound(1)
                .withSchedules(100_000), body);
        assertTrue(bounded.found().isEmpty(), "failed within one delay");
        assertTrue(bounded.exhausted(), "the bounded search ran its whole space");

        Found found = Interleave.explore("random", cooperative(Strategies.RANDOM), body).found()
                .orElseThrow(() -> new AssertionError("random found nothing"));
        assertTrue(found.delays() >= 100, "hundreds of delays to remove, not " + found.delays());
        assertEquals(2, found.shrunkDelays(), "shrunk from " + found.delays() + " delays in " + found.shrinkRuns() + " runs");
        assertFalse(found.shrinkBudgetReached(), found.shrinkRuns() + " runs");
        // Chunks: many delays go in one run (one at a time, a run removes one at best).
        assertTrue(found.shrinkRuns() < found.delays() - found.shrunkDelays(),
                found.shrinkRuns() + " runs for " + (found.delays() - found.shrunkDelays()) + " delays");

        RunResult replay = Replayer.replay(ControlledRuntime.get(), body::run, found.shrunk(),
                RunOptions.defaults().withEchoOutput(false));
        assertFalse(replay.passed(), "the shrunk schedule fails when replayed");
        assertEquals(FailureSignature.of(found.failure()), FailureSignature.of(replay.verdict()));
    }

    @Test
    void twoAdjacentDelaysAmongHundreds() {
        // Three a's in a row: a goes on twice after its yield while b waits.
        shrinksToExactlyTwo(printers(late -> late.contains("aaa")));
    }

    @Test
    void twoSeparateDelaysAmongHundreds() {
        // Two pairs of a's: two delays apart from each other (a lone delay of b lets a end with one pair).
        shrinksToExactlyTwo(printers(late -> count(late, "aa") >= 2));
    }
}
