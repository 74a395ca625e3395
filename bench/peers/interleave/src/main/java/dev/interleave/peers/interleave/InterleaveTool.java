package dev.interleave.peers.interleave;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.peers.Child;
import dev.interleave.peers.Counter;
import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Interleave through its library, as {@code bin/interleave explore} runs it: the default strategy
 * (portfolio), the budget's executions, time limit, seed and mode, shrinking on. A gallery
 * program runs through its {@code main} with its classes loaded afresh for every execution (the
 * CLI's way); the others run as a body that makes fresh state itself. The time to the failure is
 * taken when explore returns, after shrinking and the recorded replay, as a user waits for it.
 */
public final class InterleaveTool implements Tool {

    /** The class path of the gallery programs (the examples' classes). */
    static final String EXAMPLES = "peers.examples";

    public static void main(String[] args) {
        Child.main(new InterleaveTool(), args);
    }

    @Override
    public String name() {
        return "Interleave";
    }

    @Override
    public Outcome explore(Entry entry, ThreadKind kind, Budget budget, Counter counter) {
        ExploreOptions options = ExploreOptions.defaults(budget.seed()).withSchedules(budget.executions())
                .withTimeLimit(Duration.ofSeconds(budget.seconds())).withMode(dev.interleave.Mode.parse(budget.mode()));
        System.out.println("interleave: exploring " + entry.name() + " in mode " + options.mode() + ", strategy "
                + options.strategy());
        long start = System.currentTimeMillis();
        Exploration exploration;
        if (entry.gallery()) {
            List<Path> classpath = Arrays.stream(System.getProperty(EXAMPLES, "").split(java.io.File.pathSeparator))
                    .filter(s -> !s.isEmpty()).map(Path::of).toList();
            Program program = Program.of(classpath, entry.mainClass());
            exploration = Interleave.exploreMain(program, new String[0], options, new ProgressListener() {
                @Override
                public void executed(long done, long elapsedNanos, long frontier) {
                    counter.tick();
                }
            });
        } else {
            Runnable body = counter.wrap(entry.body(kind));
            exploration = Interleave.explore(entry.name(), options, body::run);
        }
        long end = System.currentTimeMillis();
        if (exploration.found().isEmpty()) {
            return new Outcome(false, exploration.schedulesRun(), null, start, end);
        }
        Found found = exploration.found().get();
        // The log keeps what the table's time includes besides the search: the figures of issue 17 use it.
        System.out.printf("interleave: failure at execution %d; shrinking %d ms (%d runs); explore returned after %d ms%n",
                found.execution() + 1, found.shrinkNanos() / 1_000_000, found.shrinkRuns(), end - start);
        return new Outcome(true, found.execution() + 1, found.failure().summary(), start, end);
    }
}
