package dev.interleave.bench;

import dev.interleave.Strategies;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.strategy.RandomStrategy;
import java.nio.file.Path;
import java.util.List;

/**
 * The figures of docs/performance.md for the scheduling modes (not a JMH benchmark: each figure
 * is a count or a rate over whole explorations). Arguments: the examples' classes directory; then
 * {@code rates [N]} prints only the first table, N executions a row, with executions per second of
 * the driver thread's CPU time too (to compare two builds side by side on a shared machine, as
 * docs/performance.md does: the driver carries every task, so its CPU time is the run's work).
 * Prints, for each memory-gallery program and mode, executions per second (random walk, 500
 * executions after 100 to warm up, each a run of its own on the program's one class loader with
 * static state reset, as the explorer runs them) and steps and decisions per execution; then, for
 * PCT at depths 2 and 3 in preemptive mode, the mean number of schedules to find the plain-counter
 * lost update over seeds 1 to 200; then, for each program of the memory gallery and the gallery
 * and each mode, DFS to the end of its tree or its first failure, with and without the
 * partial-order reduction (at most 20,000 schedules or 60 s each): schedules, how it ended,
 * branches skipped, seconds and schedules per second.
 */
public final class ModeFigures {

    private static final List<String> PROGRAMS = List.of("memory.LostUpdate", "memory.LazyInit",
            "memory.DoubleChecked", "memory.AtomicCheckThenAct", "memory.VolatileIncrement", "memory.Publication",
            "memory.VolatilePair");
    /** The gallery of blocking bugs: only the DFS table (their random walks are in the CLI figures). */
    private static final List<String> GALLERY = List.of("gallery.Overdraft", "gallery.TransferDeadlock",
            "gallery.DiningPhilosophers", "gallery.WaitWithoutLoop", "gallery.MissedSignal", "gallery.SessionRegistry",
            "gallery.CacheStampede", "gallery.DoubleRelease", "gallery.ContinuationOrder", "gallery.LateReply",
            "gallery.NotifyNotAll", "gallery.ShutdownRace");
    private static int schedules = 500;
    private static boolean cpuColumn;
    private static final int WARM_UP = 100;
    private static final int SEEDS = 200;
    private static final long DFS_SCHEDULES = 20_000;

    private ModeFigures() {
    }

    public static void main(String[] args) {
        Path classes = Path.of(args.length > 0 ? args[0] : "examples/target/classes");
        boolean ratesOnly = args.length > 1 && args[1].equals("rates");
        if (args.length > 2) {
            schedules = Integer.parseInt(args[2]);
        }
        cpuColumn = ratesOnly;
        System.out.println("| program | mode | schedules/s | steps/execution | decisions/execution |"
                + (cpuColumn ? " schedules/CPU-s |" : ""));
        System.out.println("| --- | --- | ---: | ---: | ---: |" + (cpuColumn ? " ---: |" : ""));
        forEachProgram(classes, PROGRAMS, (name, program, mode) -> row(program, name, mode));
        if (ratesOnly) {
            return;
        }
        Program counter = Program.of(List.of(classes), "dev.interleave.examples.memory.LostUpdateBug");
        for (int depth : new int[] {2, 3}) {
            long total = 0;
            int missed = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                Exploration e = Interleave.exploreMain(counter, new String[0], ExploreOptions.defaults(seed)
                        .withStrategy(Strategies.PCT).withPctDepth(depth).withMode(Mode.PREEMPTIVE).withShrink(false)
                        .withSchedules(1_000), ProgressListener.NONE);
                if (e.found().isPresent()) {
                    total += e.found().get().execution() + 1;
                } else {
                    missed++;
                }
            }
            System.out.printf("PCT depth %d, preemptive, LostUpdateBug: mean %.1f schedules to the failure over %d seeds"
                    + " (%d seeds found none in 1,000)%n", depth, (double) total / (SEEDS - missed), SEEDS - missed, missed);
        }
        System.out.println();
        System.out.println("| program | mode | DFS, no reduction | DFS, reduction | ratio |");
        System.out.println("| --- | --- | --- | --- | ---: |");
        forEachProgram(classes, concat(PROGRAMS, GALLERY), (name, program, mode) -> {
            Exploration full = dfs(program, mode, false);
            Exploration reduced = dfs(program, mode, true);
            System.out.printf("| %s | %s | %s | %s | %s |%n", name, mode.label(), cell(full), cell(reduced),
                    full.exhausted() ? String.format("%.1f×", (double) full.schedulesRun() / reduced.schedulesRun()) : "–");
        });
    }

    private interface ProgramAction {
        void run(String name, Program program, Mode mode);
    }

    /** Each program named, bug then fixed twin, in each mode. */
    private static void forEachProgram(Path classes, List<String> names, ProgramAction action) {
        for (String name : names) {
            for (String variant : List.of("Bug", "Fixed")) {
                Program program = Program.of(List.of(classes), "dev.interleave.examples." + name + variant);
                for (Mode mode : Mode.values()) {
                    action.run(name.substring(name.indexOf('.') + 1) + variant, program, mode);
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** DFS to the end of the tree, or to the first failure (a bug's search stops there), within the caps. */
    private static Exploration dfs(Program program, Mode mode, boolean reduction) {
        return Interleave.exploreMain(program, new String[0], ExploreOptions.defaults(1).withStrategy(Strategies.DFS)
                .withMode(mode).withReduction(reduction).withShrink(false).withSchedules(DFS_SCHEDULES)
                .withTimeLimit(java.time.Duration.ofSeconds(60)), ProgressListener.NONE);
    }

    private static String cell(Exploration e) {
        double seconds = e.elapsedNanos() / 1e9;
        String end = e.found().isPresent() ? "failed" : e.exhausted() ? "exhausted" : "not exhausted";
        return String.format("%,d schedules, %s, %.2f s, %,.0f/s%s", e.schedulesRun(), end, seconds,
                e.schedulesRun() / Math.max(seconds, 1e-3), e.reduced() ? ", " + e.skippedByReduction() + " skipped" : "");
    }

    private static void row(Program program, String name, Mode mode) {
        // One supervised call for the whole row, as an exploration runs its executions: each
        // Interleave.runMain on its own would hand its run to a driver thread and back.
        ControlledRuntime.get().supervised(() -> {
            rowDriven(program, name, mode);
            return null;
        }, stuck -> {
            throw new IllegalStateException(name + ": a step never ended: " + stuck.verdict());
        });
    }

    private static void rowDriven(Program program, String name, Mode mode) {
        long steps = 0;
        long decisions = 0;
        for (int i = 0; i < WARM_UP; i++) {
            Interleave.runMain(program, new String[0], options(mode, i));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < schedules; i++) {
            RunResult result = Interleave.runMain(program, new String[0], options(mode, i));
            steps += result.trace().size();
            decisions += result.choices().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("| %s | %s | %.0f | %.1f | %.1f |%s%n", name, mode.label(), schedules / seconds,
                (double) steps / schedules, (double) decisions / schedules,
                cpuColumn ? String.format(" %.0f |", schedules / cpuSeconds) : "");
    }

    /** A random walk, seeded by the execution's number, as the explorer's random strategy runs. */
    private static RunOptions options(Mode mode, int seed) {
        return RunOptions.defaults().withEchoOutput(false).withMode(mode).withStrategy(new RandomStrategy(seed));
    }
}
