package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Strategies;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.strategy.DfsStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shrinker against bugs whose fewest delays are known and not zero: a DFS bounded one below the
 * minimum runs its whole space and passes, one bounded at the minimum fails, and a random
 * exploration's failure shrinks to exactly that many delays and still fails the same way. (The
 * shrinker minimises delays, not decisions: here a shrunk schedule was seen with more decisions
 * than the one found.)
 */
class ShrinkerTest {

    /**
     * Two tasks print {@code k + 1} times each, yielding between prints; the run fails when one task
     * printed {@code k + 1} times in a row. FIFO alternates them; each of the k times the first task
     * goes on after its yield, while the other is runnable and older, is a delay, and letting the
     * other run first instead costs k + 1: the fewest delays that fail are k.
     */
    private static Interleave.Body runsInARow(int k) {
        return () -> {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            Thread a = Thread.ofVirtual().start(() -> printer("a", k, log));
            Thread b = Thread.ofVirtual().start(() -> printer("b", k, log));
            a.join();
            b.join();
            String joined = String.join("", log);
            if (joined.contains("a".repeat(k + 1)) || joined.contains("b".repeat(k + 1))) {
                throw new AssertionError("one task printed " + (k + 1) + " times in a row: " + joined);
            }
        };
    }

    private static void printer(String name, int k, List<String> log) {
        for (int i = 0; i <= k; i++) {
            log.add(name);
            if (i < k) {
                Thread.yield();
            }
        }
    }

    private static ExploreOptions cooperative(Strategies strategy) {
        return ExploreOptions.defaults(1).withStrategy(strategy).withMode(Mode.COOPERATIVE).withSchedules(5_000);
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 2, 3})
    void aRandomFailureShrinksToTheFewestDelaysThatABoundedSearchProves(int k) {
        Interleave.Body body = runsInARow(k);
        Exploration below = Interleave.explore("below", cooperative(Strategies.DFS).withDelayBound(k - 1), body);
        assertTrue(below.found().isEmpty(), () -> "k = " + k + ": failed within " + (k - 1) + " delays");
        assertTrue(below.exhausted(), "the bounded search ran its whole space");
        assertEquals(k - 1, ((DfsStatistics) below.search()).delayBound());
        Exploration at = Interleave.explore("at", cooperative(Strategies.DFS).withDelayBound(k), body);
        assertTrue(at.found().isPresent(), "k = " + k + ": no failure within " + k + " delays");

        Exploration random = Interleave.explore("random", cooperative(Strategies.RANDOM), body);
        Found found = random.found().orElseThrow(() -> new AssertionError("random found nothing"));
        assertTrue(found.shrinkRuns() > 0, "it was shrunk");
        assertEquals(k, found.shrunkDelays(), "shrunk from " + found.delays() + " delays");
        assertTrue(found.delays() >= found.shrunkDelays());
        assertInstanceOf(Failure.UncaughtException.class, found.failure());

        RunResult replay = Replayer.replay(ControlledRuntime.get(), body::run, found.shrunk(),
                RunOptions.defaults().withEchoOutput(false));
        assertFalse(replay.passed(), "the shrunk schedule fails when replayed");
        assertEquals(FailureSignature.of(found.failure()), FailureSignature.of(replay.verdict()));
    }

    @Test
    void aFailureThatNeedsNoDelayShrinksToNone() {
        // With one print each, FIFO's own order never prints twice in a row: k = 0 is a different program.
        Interleave.Body fifoFails = () -> {
            throw new AssertionError("always");
        };
        Found found = Interleave.explore("always", cooperative(Strategies.RANDOM), fifoFails).found().orElseThrow();
        assertEquals(0, found.shrunkDelays());
    }
}
