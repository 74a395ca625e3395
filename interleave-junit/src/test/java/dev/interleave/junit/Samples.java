package dev.interleave.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs sample test classes through the real JUnit Jupiter engine, as a build would. */
final class Samples {

    private Samples() {
    }

    static EngineExecutionResults run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
    }

    static EngineExecutionResults run(Class<?> sample, String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(sample, method)).execute();
    }

    /** The one failure of a run that must have failed exactly one test. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.testEvents().failed().list();
        if (failed.size() != 1) {
            throw new AssertionError("expected one failed test, got " + failed.size() + ": " + results.testEvents().list());
        }
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    /** What the passing tests published under the key "interleave". */
    static List<String> reportEntries(EngineExecutionResults results) {
        return results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("interleave"))
                .toList();
    }
}
