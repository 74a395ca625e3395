package dev.interleave.internal.cli;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.RunResult;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.internal.report.TextReport;
import dev.interleave.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs MAIN_CLASS once under the FIFO strategy (asyncio's order), printing the program's output.")
final class RunCommand implements Callable<Integer> {

    /** asyncio's await points: under FIFO, the document's programs print the document's outputs. */
    static final Mode DEFAULT_MODE = Mode.COOPERATIVE;

    @Mixin
    ProgramOptions program;

    @Option(names = "--report", paramLabel = "DIR",
            description = "On a failure, also write schedule.txt, report.txt, report.json and report.html there.")
    Path report;

    @Override
    public Integer call() {
        Program loaded = program.program();
        Mode mode = program.modeOr(DEFAULT_MODE);
        if (report != null) {
            ReportWriter.prepare(report);
        }
        // With a report to write, every step's source line is recorded as the run goes: there is one run.
        RunResult result = Interleave.runMain(loaded, program.argArray(),
                program.runOptions(mode).withRecordLocations(report != null));
        System.out.flush();
        DataRaces.print(System.err, result.races());
        if (result.passed()) {
            return ExitCodes.OK;
        }
        System.out.flush();
        System.err.print(TextReport.failure(result, program.command("run", mode, DEFAULT_MODE, List.of())));
        if (report != null) {
            Schedule schedule = new Schedule(program.mainClass, mode, result.choices());
            String replay = program.replay(schedule.token(), report);
            ReportWriter.writeSchedule(report, schedule, replay);
            ReportWriter.writeReports(report, new FailureReport(schedule, result, null, null, replay));
            System.err.println("report: " + report.resolve("report.txt"));
        }
        return ExitCodes.FAILURE;
    }
}
