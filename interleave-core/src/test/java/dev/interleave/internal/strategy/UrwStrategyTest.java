package dev.interleave.internal.strategy;

import dev.interleave.Strategies;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.testprograms.Reorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The uniform random walks, plain and selective: their sampling, their replay, and the bug shape they exist for. */
class UrwStrategyTest {

    private static final int BUDGET = 2_000;

    private static Exploration exploreReorder(String strategy, int threads, long seed, long schedules) {
        ExploreOptions options = ExploreOptions.defaults(seed).withStrategy(Strategies.parse(strategy)).withMode(Mode.SYNC)
                .withSchedules(schedules).withShrink(false);
        return Interleave.explore("reorder", options, () -> Reorder.run(threads));
    }

    /** Schedules to the first failure, or "none in N". */
    private static String firstFailure(Exploration e) {
        return e.found().map(f -> String.valueOf(f.execution() + 1)).orElse("none in " + e.schedulesRun());
    }

    @ParameterizedTest
    @CsvSource({"10, 500, urw surw, random", "20, 500, urw surw, random", "50, 1000, surw, urw random"})
    void findsTheReorderBugThatOthersMissWithTheSameBudget(int threads, int budget, String finders, String missers) {
        // The checker, started last, must read inside a setter's two-write window before any setter
        // ends: a random walk has run most setters to their end before main starts the checker, and
        // a walk uniform over all steps spends its chances on the order of main's starts.
        Map<String, List<String>> counts = new LinkedHashMap<>();
        List<String> finding = List.of(finders.split(" "));
        List<String> missing = List.of(missers.split(" "));
        for (String strategy : java.util.stream.Stream.concat(finding.stream(), missing.stream()).toList()) {
            for (long seed = 1; seed <= 3; seed++) {
                counts.computeIfAbsent(strategy, s -> new ArrayList<>())
                        .add(firstFailure(exploreReorder(strategy, threads, seed, budget)));
            }
        }
        String figures = threads + " threads, schedules to the first failure by seed: " + counts;
        System.out.println(figures);
        for (String strategy : finding) {
            assertTrue(counts.get(strategy).stream().noneMatch(c -> c.startsWith("none")), figures);
        }
        for (String strategy : missing) {
            assertTrue(counts.get(strategy).stream().allMatch(c -> c.startsWith("none")), figures);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"urw", "surw"})
    void theSameSeedExploresTheSameSchedulesAndTheFailureReplays(String strategy) {
        Exploration first = exploreReorder(strategy, 10, 2, BUDGET);
        Exploration again = exploreReorder(strategy, 10, 2, BUDGET);
        Found found = first.found().orElseThrow();
        assertEquals(found.execution(), again.found().orElseThrow().execution());
        assertEquals(found.schedule(), again.found().orElseThrow().schedule());
        // The report's replay runs the found choices alone, without the strategy that learned them.
        assertInstanceOf(Failure.UncaughtException.class, found.failure());
        assertEquals(found.schedule().choices(), found.replay().choices());

        Strategy one = strategy.equals("urw") ? new UrwStrategy(9) : new SurwStrategy(9);
        Strategy other = strategy.equals("urw") ? new UrwStrategy(9) : new SurwStrategy(9);
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
            int place = SimulatedTasks.run(urw, index, 1, 9).indexOf(1);
            if (index > 0) {
                places[place]++;
            }
        }
        for (int place = 0; place < places.length; place++) {
            double share = places[place] / (double) (executions - 1);
            assertTrue(share > 0.07 && share < 0.13, "place " + place + ": " + java.util.Arrays.toString(places));
        }
    }
}
