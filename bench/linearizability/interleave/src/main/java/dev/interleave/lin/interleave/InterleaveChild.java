package dev.interleave.lin.interleave;

import dev.interleave.RunResult;
import dev.interleave.explore.ProgressListener;
import dev.interleave.lin.structures.ResultLine;
import dev.interleave.lin.structures.Structure;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import dev.interleave.linearizability.Scenario;
import dev.interleave.linearizability.SpecSource;
import dev.interleave.internal.report.TextReport;
import dev.interleave.schedule.Schedule;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * One fresh JVM, one structure: {@code Linearizability.check} with the library's defaults (scenario
 * shape, 100 scenarios of 100 schedules, preemptive mode, shrinking) on platform threads, the
 * structure's JDK class instrumented when it has one, and a wall-clock limit so that a correct
 * structure ends within the cell's budget. Prints one {@link ResultLine}; times are from the JVM's
 * start, as a user waits for them.
 */
public final class InterleaveChild {

    private InterleaveChild() {
    }

    /** Arguments: structure id, seed, budget in seconds (from the JVM's start). */
    public static void main(String[] args) throws Exception {
        Structure structure = Structure.byId(args[0]);
        long seed = Long.parseLong(args[1]);
        long budgetMillis = Long.parseLong(args[2]) * 1000;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Class<?> spec = Class.forName(InterleaveChild.class.getPackageName() + "." + structure.id() + "Spec");
        LinearizabilityOptions options = LinearizabilityOptions.defaults(seed).withVirtualThreads(false);
        String instrument = System.getProperty("lin.instrument", structure.jdkClass());
        if (instrument != null && !instrument.isEmpty()) {
            options = options.withExplore(options.explore().withInstrument(List.of(instrument)));
        }
        // Not used by the harness: for probes beyond the defaults (README.md).
        options = options.withScenarios(Long.getLong("lin.scenarios", options.scenarios()))
                .withOperationsPerThread(Integer.getInteger("lin.operationsPerThread", options.operationsPerThread()))
                .withSequentialParts(Integer.getInteger("lin.initial", options.initialOperations()),
                        Integer.getInteger("lin.final", options.finalOperations()));
        options = options.withExplore(options.explore().withSchedules(Long.getLong("lin.schedules", options.explore().schedules())));
        options = options.withTimeLimit(Duration.ofMillis(Math.max(1, budgetMillis - (System.currentTimeMillis() - jvmStart))));
        long[] firstFailure = {-1};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                if (firstFailure[0] < 0) {
                    firstFailure[0] = System.currentTimeMillis() - jvmStart;
                }
            }
        };
        LinearizabilityResult result = Linearizability.check(spec, options, SpecSource.of(spec), listener);
        long done = System.currentTimeMillis() - jvmStart;
        ResultLine line = new ResultLine(!result.passed(), done, firstFailure[0], result.scenariosRun(), result.schedulesRun(),
                -1, -1, "", "");
        if (result.failure().isPresent()) {
            LinearizabilityResult.Failing failing = result.failure().get();
            Scenario scenario = failing.scenario();
            int operations = scenario.initial().size() + scenario.finale().size()
                    + scenario.parallel().stream().mapToInt(List::size).sum();
            line = new ResultLine(true, done, firstFailure[0], result.scenariosRun(), result.schedulesRun(), operations,
                    scenario.parallel().size(), failing.kind().toString(), String.join(" | ", scenario.lines()));
            System.out.println(failing.message());
            System.out.println("replay: " + failing.replay());
            if (Boolean.getBoolean("lin.trace")) {
                // To judge a find by hand: the interleaving, step by step.
                System.out.println(TextReport.failure(failing.found().replay(), "replay " + failing.replay()));
            }
        }
        System.out.println(line.format());
        System.exit(0);
    }
}
