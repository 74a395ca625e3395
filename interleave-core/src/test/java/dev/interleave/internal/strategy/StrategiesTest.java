package dev.interleave.internal.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strategies against a small program whose schedule space is known. */
class StrategiesTest {

    /** Two tasks, each printing, yielding, printing: main waits for both. */
    private static final Interleave.Body TWO_YIELDERS = () -> {
        Thread a = Thread.ofVirtual().start(() -> {
            System.out.println("a1");
            Thread.yield();
            System.out.println("a2");
        });
        Thread b = Thread.ofVirtual().start(() -> {
            System.out.println("b1");
            Thread.yield();
            System.out.println("b2");
        });
        a.join();
        b.join();
    };

    private static RunResult run(Strategy strategy, long index) {
        return ControlledRuntime.get().execute(RunOptions.defaults().withEchoOutput(false).withStrategy(strategy),
                TWO_YIELDERS::run, index);
    }

    @Test
    void dfsVisitsEveryDistinctScheduleOnceAndSaysWhenDone() {
        DfsStrategy dfs = new DfsStrategy(Integer.MAX_VALUE);
        Set<List<String>> outputs = new HashSet<>();
        Set<List<Integer>> schedules = new HashSet<>();
        int runs = 0;
        while (!dfs.exhausted()) {
            RunResult result = run(dfs, runs++);
            assertTrue(result.passed());
            assertTrue(schedules.add(result.choices()), "schedule repeated: " + result.choices());
            outputs.add(result.output());
            assertTrue(runs < 1_000, "DFS did not end");
        }
        // The four prints interleave in every order that keeps a1<a2 and b1<b2: 6 of them.
        assertEquals(6, outputs.size(), outputs.toString());
        assertEquals(runs, schedules.size());
    }

    @Test
    void dfsFrontierShrinksToNothing() {
        DfsStrategy dfs = new DfsStrategy(Integer.MAX_VALUE);
        run(dfs, 0);
        long first = dfs.statistics().frontier();
        assertTrue(first > 0, "after the first schedule, branches are left: " + first);
        for (int runs = 1; !dfs.exhausted(); runs++) {
            run(dfs, runs);
        }
        assertEquals(0, dfs.statistics().frontier());
    }

    @Test
    void aDelayBoundOfZeroRunsOnlyFifo() {
        DfsStrategy dfs = new DfsStrategy(0);
        RunResult only = run(dfs, 0);
        assertTrue(dfs.exhausted());
        assertEquals(List.of("a1", "b1", "a2", "b2"), only.output());
        assertTrue(((DfsStatistics) dfs.statistics()).prunedByBound() > 0);
    }

    @Test
    void dfsShardsSplitTheTreeWithoutRepeatingASchedule() {
        Set<List<Integer>> schedules = new HashSet<>();
        for (int shard = 0; shard < 3; shard++) {
            DfsStrategy dfs = new DfsStrategy(Integer.MAX_VALUE, shard, 3);
            for (int runs = 0; !dfs.exhausted(); runs++) {
                assertTrue(schedules.add(run(dfs, runs).choices()), "shard " + shard + " repeated a schedule");
                assertTrue(runs < 1_000, "DFS did not end");
            }
        }
        DfsStrategy whole = new DfsStrategy(Integer.MAX_VALUE);
        int runs = 0;
        while (!whole.exhausted()) {
            run(whole, runs++);
        }
        assertEquals(runs, schedules.size());
    }

    @Test
    void aShardKeepsTheDelayBound() {
        // Shard 1 of 2 once ran the second option of the first decision, a delay, under a bound of 0.
        for (int shard = 0; shard < 2; shard++) {
            DfsStrategy dfs = new DfsStrategy(0, shard, 2);
            List<Integer> indexes = new ArrayList<>();
            Strategy recording = new Strategy() {
                @Override
                public int choose(DecisionPoint point) {
                    int index = dfs.choose(point);
                    indexes.add(index);
                    return index;
                }

                @Override
                public void endExecution() {
                    dfs.endExecution();
                }
            };
            for (int runs = 0; !dfs.exhausted(); runs++) {
                run(recording, runs);
            }
            assertTrue(indexes.stream().allMatch(index -> index == 0), "shard " + shard + " delayed: " + indexes);
        }
    }

    @Test
    void posNeverRunsAYielderAgainFirst() {
        // Fray's POS runs a yielding thread's next step again at once, so a yield interleaves
        // nothing; here every yield lets the other task in.
        Set<List<String>> outputs = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            List<String> output = run(new PosStrategy(seed), 0).output();
            assertTrue(output.equals(List.of("a1", "b1", "a2", "b2")) || output.equals(List.of("b1", "a1", "b2", "a2")),
                    "seed " + seed + ": " + output);
            outputs.add(output);
        }
        assertEquals(2, outputs.size(), "POS should sample both orders: " + outputs);
    }

    @Test
    void randomAndPctRepeatForTheSameSeedAndExecution() {
        for (Strategy[] pair : List.of(new Strategy[] {new RandomStrategy(7), new RandomStrategy(7)},
                new Strategy[] {new PctStrategy(7, 3), new PctStrategy(7, 3)})) {
            for (long index = 0; index < 20; index++) {
                assertEquals(run(pair[0], index).choices(), run(pair[1], index).choices());
            }
        }
    }

    @Test
    void randomExecutionsDiffer() {
        RandomStrategy random = new RandomStrategy(11);
        Set<List<Integer>> seen = new HashSet<>();
        for (long index = 0; index < 50; index++) {
            seen.add(run(random, index).choices());
        }
        assertTrue(seen.size() > 3, "random walk found only " + seen.size() + " schedules");
    }

    @Test
    void guidedStrategyReplaysChoicesExactly() {
        RunResult original = run(new RandomStrategy(3), 5);
        RunResult replayed = run(new GuidedStrategy(original.choices(), true), 0);
        assertEquals(original.trace(), replayed.trace());
        assertEquals(original.output(), replayed.output());
    }

    @Test
    void pctLetsOthersGoFirstWhenATaskYields() {
        // Depth 1 has no change points, but a task that yields drops below the others: so after
        // each yield the other task runs. Which task starts depends on the random priorities.
        PctStrategy pct = new PctStrategy(5, 1);
        Set<List<String>> outputs = new HashSet<>();
        for (long index = 0; index < 30; index++) {
            outputs.add(run(pct, index).output());
        }
        assertEquals(Set.of(List.of("a1", "b1", "a2", "b2"), List.of("b1", "a1", "b2", "a2")), outputs);
    }
}
