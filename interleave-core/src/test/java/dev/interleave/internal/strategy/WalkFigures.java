package dev.interleave.internal.strategy;

import dev.interleave.Strategies;

import dev.interleave.Mode;
import dev.interleave.Interleave;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.testprograms.Reorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of the guide's uniform random walks (docs/guide/strategies.md), printed, not
 * checked (UrwStrategyTest checks the ones the build can afford): schedules to the first failure
 * of Reorder by strategy, thread count and seed, and executions per second with its check off.
 * Run only when asked:
 * {@code mvn -B -ntp -q -am -pl interleave-core verify -Dtest=WalkFigures -Dsurefire.failIfNoSpecifiedTests=false -Dinterleave.figures=true}.
 */
@EnabledIfSystemProperty(named = "interleave.figures", matches = "true")
class WalkFigures {

    private static final String[] STRATEGIES = {"surw", "urw", "random", "pos", "pct2", "pct3"};
    private static final int BUDGET = 3_000;

    private static Exploration explore(String strategy, int threads, long seed, boolean failing) {
        ExploreOptions options = ExploreOptions.defaults(seed).withStrategy(Strategies.parse(strategy.replaceAll("\\d", "")))
                .withPctDepth(strategy.endsWith("3") ? 3 : 2).withMode(Mode.SYNC).withSchedules(BUDGET).withShrink(false);
        return Interleave.explore("reorder", options, () -> Reorder.run(threads, failing));
    }

    @Test
    void print() {
        for (int threads : new int[] {10, 20, 50, 100}) {
            for (String strategy : STRATEGIES) {
                StringBuilder row = new StringBuilder("| " + threads + " | " + strategy + " |");
                for (long seed = 1; seed <= 3; seed++) {
                    Exploration e = explore(strategy, threads, seed, true);
                    row.append(' ').append(e.found().map(f -> String.valueOf(f.execution() + 1)).orElse("none in " + BUDGET));
                }
                System.out.println(row.append(" |"));
            }
        }
        // Twice: the first round warms the JVM up.
        for (int round = 0; round < 2; round++) {
            for (String strategy : STRATEGIES) {
                long ran = 0;
                long nanos = 0;
                for (long seed = 1; seed <= 2; seed++) {
                    Exploration e = explore(strategy, 50, seed, false);
                    ran += e.schedulesRun();
                    nanos += e.elapsedNanos();
                }
                System.out.printf("round %d, 50 threads without the check, %s: %.0f executions/s%n", round, strategy,
                        ran / (nanos / 1e9));
            }
        }
    }
}
