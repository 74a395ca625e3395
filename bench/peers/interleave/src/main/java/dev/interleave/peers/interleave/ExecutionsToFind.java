package dev.interleave.peers.interleave;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import dev.interleave.peers.Catalog;
import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import java.util.Arrays;

/**
 * Executions to the first failure, per strategy, over many seeds in one JVM: how the portfolio's
 * members and its order compare on the benchmark's programs, apart from any JVM's warm-up (which
 * the side-by-side run measures). Each program runs in the weakest mode that shows its bug
 * ({@code preemptive} for the plain-field ones, {@code sync} otherwise), shrinking off. Run with the
 * agent, as a child of the harness is:
 * {@code java -XX:+UnlockExperimentalVMOptions -XX:hashCode=2 -javaagent:AGENT -cp CLASSPATH
 * dev.interleave.peers.interleave.ExecutionsToFind PROGRAMS SEEDS STRATEGIES MAX} where
 * {@code STRATEGIES} is a comma list of {@code PORTFOLIO}, {@code SURW}, {@code PCT:3}, ...
 */
public final class ExecutionsToFind {

    private ExecutionsToFind() {
    }

    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[1]);
        long most = Long.parseLong(args[3]);
        for (String name : args[0].split(",")) {
            Entry entry = Catalog.find(name).orElseThrow(() -> new IllegalArgumentException("no program " + name));
            Mode mode = Mode.parse(entry.needs().equals("preemptive") ? "preemptive" : "sync");
            for (String strategy : args[2].split(",")) {
                long[] executions = new long[seeds];
                int found = 0;
                for (int seed = 1; seed <= seeds; seed++) {
                    String[] parts = strategy.split(":");
                    ExploreOptions options = ExploreOptions.defaults(seed).withSchedules(most).withShrink(false)
                            .withMode(mode).withStrategy(Strategies.valueOf(parts[0]));
                    if (parts.length > 1) {
                        options = options.withPctDepth(Integer.parseInt(parts[1]));
                    }
                    Runnable body = entry.body(ThreadKind.PLATFORM);
                    Exploration exploration = new Explorer(options, ProgressListener.NONE).explore(new Target(name, body::run));
                    // A miss counts as more than the budget, so that the median says so.
                    executions[seed - 1] = exploration.found().map(f -> f.execution() + 1).orElse(most + 1);
                    found += exploration.found().isPresent() ? 1 : 0;
                }
                long[] sorted = executions.clone();
                Arrays.sort(sorted);
                System.out.printf("%-20s %-10s found %d/%d, median %d, by seed %s%n", name, strategy, found, seeds,
                        sorted[seeds / 2], Arrays.toString(executions));
            }
        }
        // Deadlocked tasks of a missed run must not keep the JVM alive.
        System.exit(0);
    }
}
