package dev.interleave.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.testprograms.Reorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The uniform random walk: its sampling, its replay, and the bug shape it exists for. */
class UrwStrategyTest {

    private static final int BUDGET = 2_000;

    private static Exploration exploreReorder(String strategy, int threads, long seed, long schedules) {
        ExploreOptions options = ExploreOptions.defaults(seed).withStrategy(strategy).withMode("sync")
                .withSchedules(schedules).withShrink(false);
        return Interleave.explore("reorder", options, () -> Reorder.run(threads));
    }

    /** Schedules to the first failure, or "none in N". */
    private static String firstFailure(Exploration e) {
        return e.found().map(f -> String.valueOf(f.execution() + 1)).orElse("none in " + e.schedulesRun());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20})
    void findsTheReorderBugThatARandomWalkMissesWithTheSameBudget(int threads) {
        // The checker, started last, must read inside a setter's two-write window before any setter
        // ends: a random walk has run most setters to their end before main starts the checker.
        Map<String, List<String>> counts = new LinkedHashMap<>();
        for (String strategy : List.of("urw", "random")) {
            for (long seed = 1; seed <= 3; seed++) {
                counts.computeIfAbsent(strategy, s -> new ArrayList<>())
                        .add(firstFailure(exploreReorder(strategy, threads, seed, BUDGET)));
            }
        }
        String figures = threads + " threads, schedules to the first failure by seed: " + counts;
        System.out.println(figures);
        assertTrue(counts.get("urw").stream().noneMatch(c -> c.startsWith("none")), figures);
        assertTrue(counts.get("random").stream().allMatch(c -> c.startsWith("none")), figures);
    }

    @Test
    void theSameSeedExploresTheSameSchedulesAndTheFailureReplays() {
        Exploration first = exploreReorder("urw", 10, 2, BUDGET);
        Exploration again = exploreReorder("urw", 10, 2, BUDGET);
        Found found = first.found().orElseThrow();
        assertEquals(found.execution(), again.found().orElseThrow().execution());
        assertEquals(found.schedule(), again.found().orElseThrow().schedule());
        // The report's replay runs the found choices alone, without the strategy that learned them.
        assertInstanceOf(Failure.UncaughtException.class, found.failure());
        assertEquals(found.schedule().choices(), found.replay().choices());

        UrwStrategy one = new UrwStrategy(9);
        UrwStrategy other = new UrwStrategy(9);
        for (long index = 0; index < 30; index++) {
            assertEquals(run(one, index).choices(), run(other, index).choices(), "execution " + index);
        }
    }

    private static RunResult run(Strategy strategy, long index) {
        RunOptions options = RunOptions.defaults().withEchoOutput(false).withMode(dev.interleave.Mode.SYNC)
                .withStrategy(strategy);
        return ControlledRuntime.get().execute(options, () -> Reorder.run(5), index);
    }

    @Test
    void everyInterleavingOfAShortAndALongTaskIsAboutEquallyLikely() {
        // One step against nine: ten interleavings, told apart by where the short task's step goes.
        // A random walk puts it first half the time; once the counts are learned, each place should
        // get about a tenth.
        UrwStrategy urw = new UrwStrategy(4);
        int[] places = new int[10];
        int executions = 4_000;
        for (int index = 0; index < executions; index++) {
            int place = placeOfShortStep(urw, index);
            if (index > 0) {
                places[place]++;
            }
        }
        for (int place = 0; place < places.length; place++) {
            double share = places[place] / (double) (executions - 1);
            assertTrue(share > 0.07 && share < 0.13, "place " + place + ": " + java.util.Arrays.toString(places));
        }
    }

    /** Runs tasks 1 (one step) and 2 (nine steps) to their end; returns how many steps of 2 came first. */
    private static int placeOfShortStep(Strategy strategy, long index) {
        strategy.beginExecution(index);
        int[] left = {0, 1, 9};
        int step = 0;
        int decision = 0;
        int last = -1;
        int place = -1;
        while (left[1] + left[2] > 0) {
            List<Integer> runnable = new ArrayList<>();
            for (int task = 1; task <= 2; task++) {
                if (left[task] > 0) {
                    runnable.add(task);
                }
            }
            int task = runnable.size() == 1 ? runnable.getFirst()
                    : runnable.get(strategy.choose(new DecisionPoint(step, decision++, runnable, last, false)));
            if (task == 1) {
                place = 9 - left[2];
            }
            left[task]--;
            step++;
            last = task;
        }
        strategy.stepsTaken(new int[] {0, 1, 9});
        strategy.endExecution();
        assertFalse(place < 0);
        return place;
    }
}
