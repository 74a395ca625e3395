package dev.interleave.cli;

import dev.interleave.report.ReportWriter;
import dev.interleave.report.TextReport;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.schedule.Schedule;
import java.nio.file.Path;

/**
 * A step that never ends cannot be taken back inside the JVM: the command saves the schedule that
 * led there (when it has a report directory), prints the report, and exits with status 1.
 */
final class StuckRuns {

    private StuckRuns() {
    }

    static void reportAndExit(String command, Path reportDir, String target, String mode) {
        ControlledRuntime.get().onStuck(result -> {
            if (reportDir != null) {
                Schedule schedule = new Schedule(target, mode, result.choices());
                ReportWriter.writeSchedule(reportDir, schedule, command);
            }
            System.out.flush();
            System.err.print(TextReport.failure(result, command));
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.FAILURE);
        });
    }

}
