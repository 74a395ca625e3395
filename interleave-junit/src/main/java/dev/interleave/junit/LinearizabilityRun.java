package dev.interleave.junit;

import dev.interleave.Failure;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import dev.interleave.linearizability.ReplayKey;
import dev.interleave.linearizability.SpecSource;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.internal.runtime.ProgramClasses;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one {@code @LinearizabilityTest}: reads its settings into {@link LinearizabilityOptions},
 * runs the scenarios (or replays one failure's key) with the specification loaded afresh for every
 * execution, saves a failing schedule as soon as it is found, writes the reports of the failure and
 * fails the test with the scenario, the results, the interleaving and the key that replays them.
 */
final class LinearizabilityRun {

    private LinearizabilityRun() {
    }

    static void run(ExtensionContext context, Method method, LinearizabilityTest test, String replayProperty) {
        Class<?> testClass = context.getRequiredTestClass();
        Class<?> spec = test.spec() == void.class ? testClass : test.spec();
        String target = testClass.getName() + "#" + method.getName();
        LinearizabilityOptions options = options(test);
        // Each execution loads the specification afresh, as @InterleaveTest's executions load the test class.
        ProgramClasses classes = new ProgramClasses(FreshRoots.of(spec));
        SpecSource source = () -> {
            ClassLoader loader = classes.loaderForExecution();
            Thread.currentThread().setContextClassLoader(loader);
            return Class.forName(spec.getName(), true, loader);
        };
        Path reports = TestRun.reportDir(testClass, method);
        String replay = replayProperty != null && !replayProperty.isBlank() ? replayProperty : test.replay();
        TestRun.ONE_AT_A_TIME.lock();
        try {
            for (String name : test.instrument()) {
                dev.interleave.bridge.JdkCode.instrument(name);
            }
            if (!replay.isBlank()) {
                replay(context, spec, options, source, ReplayKey.parse(replay), reports, target);
            } else {
                explore(context, spec, options, source, reports, target);
            }
        } finally {
            TestRun.ONE_AT_A_TIME.unlock();
        }
    }

    private static void explore(ExtensionContext context, Class<?> spec, LinearizabilityOptions options,
                                SpecSource source, Path reports, String target) {
        ProgressListener saveAtOnce = new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                writeSchedule(reports, schedule, "a schedule of " + schedule.target() + " (shrinking next)");
            }
        };
        LinearizabilityResult result = Linearizability.check(spec, options, source, saveAtOnce);
        if (result.passed()) {
            context.publishReportEntry("interleave", String.format(Locale.ROOT,
                    "linearizable in %d scenario%s (seed %d, %d schedules, %d scenario%s explored to the end of their"
                            + " space, %.2f s%s)", result.scenariosRun(), result.scenariosRun() == 1 ? "" : "s",
                    options.seed(), result.schedulesRun(), result.scenariosExhausted(),
                    result.scenariosExhausted() == 1 ? "" : "s", result.elapsedNanos() / 1e9,
                    result.timeLimitReached() ? ", ended by the time limit" : ""));
            return;
        }
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        Found found = failing.found();
        String hint = hint(target, failing.replay());
        writeSchedule(reports, found.shrunk(), hint);
        try {
            ReportWriter.writeReports(reports, FailureReport.of(failing.exploration(), hint).withScenario(failing.report()));
        } catch (UncheckedIOException e) {
            System.err.println("interleave: " + e.getMessage());
        }
        StringBuilder text = new StringBuilder();
        text.append("Interleave found a failure in scenario ").append(failing.scenarioIndex() + 1).append(" of ")
                .append(options.scenarios()).append(" (seed ").append(options.seed()).append("), at schedule ")
                .append(found.execution() + 1).append(" of its exploration (strategy ")
                .append(failing.exploration().strategy()).append(", mode ").append(failing.exploration().mode())
                .append("):\n");
        text.append(failing.message()).append('\n');
        if (failing.shrink() != null) {
            text.append("Scenario ").append(failing.report().shrink().text()).append('\n');
        }
        text.append("Interleaving").append(found.shrinkRuns() == 0 ? ", not shrunk" : ", shrunk").append(":\n");
        FailureMessage.appendSteps(text, found.replay().trace().steps());
        text.append("Replay exactly this scenario and schedule:\n  ").append(hint).append('\n');
        text.append("Reports: ").append(reports.toAbsolutePath());
        throw new AssertionFailedError(text.toString(), cause(found.failure()));
    }

    private static void replay(ExtensionContext context, Class<?> spec, LinearizabilityOptions options,
                               SpecSource source, ReplayKey key, Path reports, String target) {
        RunResult result;
        try {
            result = Linearizability.replay(spec, options, key, source,
                    RunOptions.defaults().withInstrument(options.explore().instrument()));
        } catch (BadScheduleException | ReplayDivergedException e) {
            throw new AssertionFailedError("Interleave could not replay " + key + ": " + e.getMessage()
                    + " (a key replays only the scenario it was found in, with the same operations, threads and"
                    + " operations per thread)");
        }
        if (result.passed()) {
            context.publishReportEntry("interleave", "replayed " + key + ": linearizable");
            return;
        }
        Failure failure = (Failure) result.verdict();
        StringBuilder text = new StringBuilder("Interleave replayed " + key + " and it fails:\n");
        text.append(failure instanceof Failure.UncaughtException e && e.error().getMessage() != null
                ? e.error().getMessage() : failure.summary()).append('\n');
        FailureMessage.appendSteps(text, result.trace().steps());
        text.append("Replay again with:\n  ").append(hint(target, key));
        throw new AssertionFailedError(text.toString(), cause(failure));
    }

    private static LinearizabilityOptions options(LinearizabilityTest test) {
        long seed = test.seed() != InterleaveTest.RANDOM_SEED ? test.seed()
                : ThreadLocalRandom.current().nextLong(1L << 48);
        ExploreOptions explore = ExploreOptions.defaults(seed)
                .withStrategy(test.strategy())
                .withMode(test.mode())
                .withSchedules(test.schedules())
                .withInstrument(List.of(test.instrument()));
        LinearizabilityOptions options = new LinearizabilityOptions(test.threads(), test.operationsPerThread(),
                test.initialOperations(), test.finalOperations(), test.scenarios(), seed, test.virtualThreads(),
                test.sequential() == void.class ? null : test.sequential(), TimeLimits.parse(test.timeLimit()), explore,
                test.shrinkTime().isBlank() ? LinearizabilityOptions.DEFAULT_SHRINK_TIME : TimeLimits.parse(test.shrinkTime()));
        if (!test.replay().isBlank()) {
            // A replay's seed is its key's; a seed set beside it would be silently ignored.
            if (test.seed() != InterleaveTest.RANDOM_SEED) {
                throw new ConfigurationException("replay cannot be combined with seed: the key carries its seed");
            }
        }
        return options;
    }

    private static String hint(String target, ReplayKey key) {
        int hash = target.indexOf('#');
        String simple = target.substring(target.lastIndexOf('.', hash) + 1);
        return "@LinearizabilityTest(replay = \"" + key + "\"), or mvn test -Dtest='" + simple + "' -D"
                + Settings.REPLAY_PROPERTY + "=" + key;
    }

    private static void writeSchedule(Path reports, Schedule schedule, String hint) {
        try {
            ReportWriter.prepare(reports);
            ReportWriter.writeSchedule(reports, schedule, hint);
        } catch (UncheckedIOException e) {
            System.err.println("interleave: " + e.getMessage());
        }
    }

    private static Throwable cause(Failure failure) {
        return failure instanceof Failure.UncaughtException uncaught ? uncaught.error() : null;
    }
}
