package dev.interleave.internal.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.PointKind;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.testprograms.Reorder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default portfolio: how it divides its budget, that it stays replayable, and the bug it exists for. */
class PortfolioStrategyTest {

    /** A member that chooses the oldest task, counting its executions. */
    private static final class Counting implements Strategy {
        int executions;

        @Override
        public void beginExecution(long index) {
            executions++;
        }

        @Override
        public int choose(DecisionPoint point) {
            return 0;
        }
    }

    private static StepFootprint step(int task, int object) {
        return new StepFootprint(task, PointKind.ACCESS, false, new long[] {Locations.of(object, Locations.field(1), true)},
                new int[0], object + 1, new long[0]);
    }

    @Test
    void theMemberWhoseExecutionsShowNewInteractionsGetsMoreOfThem() {
        Counting finder = new Counting();
        Counting repeater = new Counting();
        PortfolioStrategy portfolio = new PortfolioStrategy(List.of(finder, repeater), true);
        int fresh = 100;
        for (long index = 0; index <= 200; index++) {
            portfolio.beginExecution(index);
            // Two tasks write one object: the finder's executions each write a new one, the
            // repeater's always the same.
            int object = portfolio.currentMember() == 0 ? fresh++ : 1;
            portfolio.stepped(step(1, object));
            portfolio.stepped(step(2, object));
            portfolio.endExecution();
        }
        assertTrue(finder.executions > 3 * repeater.executions, finder.executions + " against " + repeater.executions);
        assertTrue(repeater.executions >= 2, "a member is never starved: " + repeater.executions);
    }

    @Test
    void withNothingNewToFindTheMembersShareAlike() {
        List<Counting> members = List.of(new Counting(), new Counting(), new Counting());
        PortfolioStrategy portfolio = new PortfolioStrategy(new ArrayList<>(members), true);
        for (long index = 0; index <= 300; index++) {
            portfolio.beginExecution(index);
            portfolio.stepped(step(1, 1));
            portfolio.stepped(step(2, 1));
            portfolio.endExecution();
        }
        for (Counting member : members) {
            assertEquals(100, member.executions, 1, "executions of each member");
        }
    }

    @Test
    void theSelectiveUniformWalkLeadsEveryOtherExecutionAndTheOthersEachRunEarly() {
        // Member 0 of the default portfolio is SURW: it runs execution 1 (after FIFO's) and every
        // other one; the four others run once each in the executions between, before the bandit.
        PortfolioStrategy portfolio = new PortfolioStrategy(7);
        List<Integer> between = new ArrayList<>();
        for (long index = 0; index <= 40; index++) {
            portfolio.beginExecution(index);
            if (index == 0) {
                assertEquals(-1, portfolio.currentMember(), "FIFO's execution");
            } else if (index % 2 == 1) {
                assertEquals(0, portfolio.currentMember(), "execution " + index);
            } else {
                between.add(portfolio.currentMember());
            }
            portfolio.stepped(step(1, (int) index));
            portfolio.stepped(step(2, (int) index));
            portfolio.endExecution();
        }
        assertEquals(List.of(1, 2, 3, 4), between.subList(0, 4), "each other member once, in order");
    }

    private static Exploration reorder(Mode mode, int threads, long seed, long schedules) {
        ExploreOptions options = ExploreOptions.defaults(seed).withMode(mode).withSchedules(schedules).withShrink(false);
        return Interleave.explore("reorder", options, () -> Reorder.run(threads));
    }

    @ParameterizedTest
    @CsvSource({"SYNC, 50", "PREEMPTIVE, 50"})
    void theDefaultExplorationFindsReorderWithManyThreads(Mode mode, int threads) {
        // Issue 17: random walks, PCT and POS miss it in 50,000 executions; the portfolio's SURW member finds it.
        List<String> firstFailures = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            Exploration e = reorder(mode, threads, seed, 5_000);
            firstFailures.add(e.found().map(f -> String.valueOf(f.execution() + 1)).orElse("none in " + e.schedulesRun()));
        }
        System.out.println("portfolio, Reorder " + threads + " threads, " + mode + ": first failure " + firstFailures);
        assertTrue(firstFailures.stream().noneMatch(c -> c.startsWith("none")), firstFailures.toString());
    }

    @Test
    void theSameSeedExploresTheSameSchedulesAndTheFailureReplays() {
        Found first = reorder(Mode.SYNC, 20, 4, 5_000).found().orElseThrow();
        Found again = reorder(Mode.SYNC, 20, 4, 5_000).found().orElseThrow();
        assertEquals(first.execution(), again.execution());
        assertEquals(first.schedule(), again.schedule());
        assertEquals(first.schedule().choices(), first.replay().choices());
    }
}
