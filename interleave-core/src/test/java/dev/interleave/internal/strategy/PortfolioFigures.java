package dev.interleave.internal.strategy;

import dev.interleave.Mode;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import dev.interleave.testprograms.Reorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of docs/performance.md's portfolio section: schedules to the first failure on
 * Reorder with the portfolio learning and with its members taking turns, and executions a second
 * of each on the same program with its check off (learning records every step's footprint).
 * Run only when asked:
 * {@code mvn -B -ntp -q -am -pl interleave-core verify -Dtest=PortfolioFigures -Dsurefire.failIfNoSpecifiedTests=false -Dinterleave.figures=true}.
 */
@EnabledIfSystemProperty(named = "interleave.figures", matches = "true")
class PortfolioFigures {

    private static final int BUDGET = 5_000;

    private static Exploration explore(boolean learning, Mode mode, int threads, long seed, boolean failing, int budget) {
        ExploreOptions options = ExploreOptions.defaults(seed).withMode(mode).withSchedules(budget).withShrink(false);
        return new Explorer(options, new ProgressListener() { }, () -> new PortfolioStrategy(seed, learning))
                .explore(new Target("reorder", () -> Reorder.run(threads, failing)));
    }

    @Test
    void print() {
        System.out.println("| threads | mode | learning | rotating |");
        for (Mode mode : new Mode[] {Mode.SYNC, Mode.PREEMPTIVE}) {
            for (int threads : new int[] {10, 20, 50, 100}) {
                StringBuilder row = new StringBuilder("| " + threads + " | " + mode + " |");
                for (boolean learning : new boolean[] {true, false}) {
                    row.append(' ');
                    for (long seed = 1; seed <= 3; seed++) {
                        Exploration e = explore(learning, mode, threads, seed, true, BUDGET);
                        row.append(seed > 1 ? ", " : "").append(e.found().map(f -> String.valueOf(f.execution() + 1))
                                .orElse("none"));
                    }
                    row.append(" |");
                }
                System.out.println(row);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (boolean learning : new boolean[] {true, false}) {
                long start = System.nanoTime();
                Exploration e = explore(learning, Mode.PREEMPTIVE, 50, 1, false, 3_000);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d, %s: %d executions in %.2f s, %.0f a second%n", round,
                        learning ? "learning" : "rotating", e.schedulesRun(), seconds, e.schedulesRun() / seconds);
            }
        }
    }
}
