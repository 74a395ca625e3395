package dev.interleave.peers.interleave;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import dev.interleave.RunResult;
import dev.interleave.schedule.Schedule;
import dev.interleave.peers.SearchClock;
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
 * taken when explore returns, after shrinking and the recorded replay, as a user waits for it; the
 * search time stops when the exploration hands its first failing schedule to its listener, before
 * shrinking (Fray has no such phase).
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
        Listener listener = new Listener(counter, entry.gallery());
        Exploration exploration;
        if (entry.gallery()) {
            List<Path> classpath = Arrays.stream(System.getProperty(EXAMPLES, "").split(java.io.File.pathSeparator))
                    .filter(s -> !s.isEmpty()).map(Path::of).toList();
            Program program = Program.of(classpath, entry.mainClass());
            exploration = Interleave.exploreMain(program, new String[0], options, listener);
        } else {
            Runnable body = counter.wrap(entry.body(kind));
            // Interleave.explore's own path, with a listener to see when the failure is found.
            exploration = new Explorer(options, listener).explore(new Target(entry.name(), body::run));
        }
        long end = System.currentTimeMillis();
        if (exploration.found().isEmpty()) {
            return new Outcome(false, exploration.schedulesRun(), null, start, end);
        }
        Found found = exploration.found().get();
        // The log keeps what the table's time includes besides the search: the figures of issue 17 use it.
        double search = listener.foundNanos == 0 ? -1 : counter.searchMillisTo(listener.foundNanos);
        System.out.printf("interleave: failure at execution %d, %.1f ms of search; shrinking %d ms (%d runs); explore returned after %d ms%n",
                found.execution() + 1, search, found.shrinkNanos() / 1_000_000, found.shrinkRuns(), end - start);
        return new Outcome(true, found.execution() + 1, found.failure().summary(), start, end, search);
    }

    /**
     * Notes when the exploration found its failure (before shrinking), and counts the gallery's
     * executions, which run through their {@code main} and not through the counted body.
     */
    private static final class Listener implements ProgressListener {
        private final Counter counter;
        private final boolean tick;
        volatile long foundNanos;

        Listener(Counter counter, boolean tick) {
            this.counter = counter;
            this.tick = tick;
        }

        @Override
        public void executed(long done, long elapsedNanos, long frontier) {
            if (tick) {
                counter.tick();
            }
        }

        @Override
        public void failureFound(Schedule schedule, RunResult result) {
            if (foundNanos == 0) {
                foundNanos = SearchClock.nanos();
            }
        }
    }
}
