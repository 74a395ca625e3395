package dev.interleave.junit;

import dev.interleave.DataRace;
import dev.interleave.Failure;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.Found;
import dev.interleave.explore.ExplorationSummary;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Replayer;
import dev.interleave.explore.Target;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one {@code @InterleaveTest} by its plan: explores (or replays) the method under the real
 * explorer, writes the reports of a failure (the schedule first, so that it is never lost) and
 * fails the test with a message that says how to replay it. A pass says what it proved, in one
 * line on the test's standard output (which Surefire shows) and in a report entry: the explorer's
 * summary (see {@link ExplorationSummary}). With {@code failOnDataRace}, a pass on which the race
 * detector saw a data race fails with the races.
 */
final class TestRun {

    static final String REPORTS_PROPERTY = "interleave.reports";
    /** One controlled run at a time in the JVM, even when JUnit runs tests in parallel. */
    static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private TestRun() {
    }

    static void run(ExtensionContext context, Method method, Plan plan) {
        Class<?> testClass = context.getRequiredTestClass();
        FreshExecution body = new FreshExecution(testClass, method, context.getExecutableInvoker());
        Path reports = reportDir(testClass, method);
        ONE_AT_A_TIME.lock();
        try {
            instrumentFirst(plan);
            switch (plan) {
                case Plan.Explore explore -> explore(context, explore, body, reports);
                case Plan.Replay replay -> replay(context, replay, body, reports);
            }
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** Instruments the JDK classes the test names before any execution, so that a bad name fails as a setting. */
    private static void instrumentFirst(Plan plan) {
        for (String name : plan.instrument()) {
            try {
                dev.interleave.bridge.JdkCode.instrument(name);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("instrument: " + e.getMessage());
            }
        }
    }

    private static void explore(ExtensionContext context, Plan.Explore plan, FreshExecution body, Path reports) {
        String target = plan.target();
        String previously = "";
        Optional<Schedule> previous = PreviousFailure.in(reports, target, plan.options().mode());
        if (previous.isPresent()) {
            Plan.Replay again = new Plan.Replay(target, previous.get(), "the previous failing run, saved in "
                    + reports.resolve("schedule.txt"), plan.instrument(), plan.options().maxSteps(), plan.failOnDataRace());
            RunResult result = replayed(again, body, false);
            if (result != null && !result.passed()) {
                failReplayed(again, result, reports);
            }
            previously = "the previous failing schedule " + previous.get().token()
                    + (result == null ? " no longer applies to the test" : " passes now") + "; ";
        }
        ProgressListener saveAtOnce = new ProgressListener() {
            @Override
            public void failureFound(Schedule schedule, RunResult result) {
                writeSchedule(reports, schedule, target);
            }
        };
        Exploration exploration = new Explorer(plan.options(), saveAtOnce).explore(new Target(target, body));
        if (exploration.found().isEmpty()) {
            passed(context, previously + "no failure: " + ExplorationSummary.of(exploration), exploration.races(), plan);
            return;
        }
        Found found = exploration.found().get();
        writeSchedule(reports, found.shrunk(), target);
        writeReports(reports, FailureReport.of(exploration, replayHint(target, found.shrunk())));
        throw new AssertionFailedError(FailureMessage.explored(target, exploration, found, reports), cause(found.failure()));
    }

    private static void replay(ExtensionContext context, Plan.Replay plan, FreshExecution body, Path reports) {
        RunResult result = replayed(plan, body, true);
        if (result.passed()) {
            passed(context, "replayed schedule " + plan.schedule().token() + " (from " + plan.source()
                    + "): no failure; " + ExplorationSummary.races(result.races()), result.races(), plan);
            return;
        }
        failReplayed(plan, result, reports);
    }

    /**
     * The run of the plan's schedule; when the test no longer follows it, a failure that says so, or
     * null when {@code strict} is false (a saved schedule of a test that has changed since).
     */
    private static RunResult replayed(Plan.Replay plan, FreshExecution body, boolean strict) {
        try {
            return Replayer.replay(ControlledRuntime.get(), body::run, plan.schedule(), RunOptions.defaults()
                    .withEchoOutput(false).withRecordLocations(true).withInstrument(plan.instrument())
                    .withMaxSteps(plan.maxSteps()));
        } catch (ReplayDivergedException e) {
            if (!strict) {
                return null;
            }
            throw new AssertionFailedError("Interleave could not replay " + plan.schedule().token() + " (from "
                    + plan.source() + "): " + e.getMessage()
                    + ". The test changed since the schedule was recorded, or it does something Interleave does not"
                    + " control (real I/O, identity hash codes without -XX:hashCode=2, threads outside control).");
        }
    }

    /** Writes the reports of a replayed schedule that failed, and fails the test with it. */
    private static void failReplayed(Plan.Replay plan, RunResult result, Path reports) {
        Failure failure = (Failure) result.verdict();
        writeSchedule(reports, plan.schedule(), plan.target());
        String hint = replayHint(plan.target(), plan.schedule());
        writeReports(reports, new FailureReport(plan.schedule(), result, null, null, hint));
        throw new AssertionFailedError(FailureMessage.replayed(plan.target(), plan.schedule(), plan.source(), failure,
                result.trace().steps(), reports), cause(failure));
    }

    /**
     * A pass: the line that says what it proved goes to standard output and into a report entry;
     * with {@code failOnDataRace}, races seen fail the test after all.
     */
    private static void passed(ExtensionContext context, String summary, List<DataRace> races, Plan plan) {
        System.out.println("Interleave: " + plan.target() + ": " + summary);
        context.publishReportEntry("interleave", summary);
        if (plan.failOnDataRace() && !races.isEmpty()) {
            throw new AssertionFailedError(FailureMessage.dataRaces(plan.target(), races));
        }
    }

    private static Throwable cause(Failure failure) {
        return failure instanceof Failure.UncaughtException uncaught ? uncaught.error() : null;
    }

    private static String replayHint(String target, Schedule schedule) {
        return "@InterleaveTest(replay = \"" + schedule.token() + "\"), or "
                + FailureMessage.mavenCommand(target, schedule.token());
    }

    private static void writeSchedule(Path reports, Schedule schedule, String target) {
        try {
            ReportWriter.prepare(reports);
            ReportWriter.writeSchedule(reports, schedule, replayHint(target, schedule));
        } catch (UncheckedIOException e) {
            // The token is in the failure message as well: a report that cannot be written does not hide the failure.
            System.err.println("interleave: " + e.getMessage());
        }
    }

    private static void writeReports(Path reports, FailureReport report) {
        try {
            ReportWriter.writeReports(reports, report);
        } catch (UncheckedIOException e) {
            System.err.println("interleave: " + e.getMessage());
        }
    }

    static Path reportDir(Class<?> testClass, Method method) {
        String base = System.getProperty(REPORTS_PROPERTY);
        Path root = base != null && !base.isBlank() ? Path.of(base) : Path.of("target", "interleave");
        return root.resolve(testClass.getName()).resolve(method.getName());
    }
}
