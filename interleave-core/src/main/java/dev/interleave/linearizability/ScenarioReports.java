package dev.interleave.linearizability;

import dev.interleave.Failure;
import dev.interleave.internal.report.ScenarioReport;
import java.util.ArrayList;
import java.util.List;

/** Makes the report's part of a failing scenario ({@link ScenarioReport}) from what the test found. */
final class ScenarioReports {

    private ScenarioReports() {
    }

    static ScenarioReport of(LinearizabilityResult.Failing failing) {
        List<ScenarioReport.Operation> operations = new ArrayList<>();
        if (failing.found().failure() instanceof Failure.UncaughtException e && e.error() instanceof ScenarioError error) {
            List<HistoryEntry> history = error.history();
            for (int i = 0; i < history.size(); i++) {
                HistoryEntry entry = history.get(i);
                operations.add(new ScenarioReport.Operation(entry.who(), entry.invocation().toString(),
                        entry.isPending() ? null : entry.result().toString(),
                        error.allowed() == null ? null : error.allowed().get(i), entry.called(),
                        entry.isPending() ? -1 : entry.returned()));
            }
        }
        LinearizabilityResult.ScenarioShrink shrink = failing.shrink();
        Scenario generated = shrink == null ? failing.scenario() : shrink.generated();
        ScenarioReport.Shrink figures = shrink == null ? null
                : new ScenarioReport.Shrink(generated.parallel().size(), generated.size(), failing.scenario().parallel().size(),
                failing.scenario().size(), shrink.candidates(), shrink.nanos() / 1_000_000, shrink.budgetReached());
        return new ScenarioReport(failing.kind().text(), failing.scenario().lines(), generated.lines(), operations,
                figures, failing.replay().toString());
    }
}
