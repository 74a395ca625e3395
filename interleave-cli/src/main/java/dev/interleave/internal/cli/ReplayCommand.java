package dev.interleave.internal.cli;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.ProgramException;
import dev.interleave.RunResult;
import dev.interleave.internal.report.FailureReport;
import dev.interleave.internal.report.ReportWriter;
import dev.interleave.internal.report.TextReport;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays one schedule of MAIN_CLASS exactly and reports what happened step by step.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ProgramOptions program;

    @Option(names = "--schedule", required = true, paramLabel = "TOKEN_OR_FILE",
            description = "A schedule token (il1....) or a schedule.txt file.")
    String schedule;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write schedule.txt, report.txt, report.json and report.html there.")
    Path report;

    @Override
    public Integer call() {
        String token = schedule.startsWith(ScheduleToken.VERSION + ".") || !Files.exists(Path.of(schedule))
                ? schedule : ReportWriter.readToken(Path.of(schedule));
        Schedule decoded = ScheduleToken.decode(token, program.mainClass);
        // The schedule says its mode; a mode given as well must agree with it.
        Mode mode = program.modeOr(decoded.mode());
        if (mode != decoded.mode()) {
            throw new ProgramException("the schedule was recorded in mode " + decoded.mode()
                    + ", not " + mode + ": remove --mode " + mode);
        }
        Program loaded = program.program();
        if (report != null) {
            ReportWriter.prepare(report);
        }
        RunResult result = Interleave.replayMain(loaded, program.argArray(), decoded, program.runOptions(mode));
        // A long token stays in the file the user gave.
        String replay = token.equals(schedule) || token.length() <= CommandLines.LONG_TOKEN
                ? program.replay(decoded.token(), report) : program.replayOf(schedule, report);
        result.output().forEach(System.out::println);
        if (result.passed()) {
            System.out.println("replayed " + decoded.size() + " decisions: the program passed");
            return ExitCodes.OK;
        }
        FailureReport failure = new FailureReport(decoded, result, null, null, replay);
        if (report != null) {
            ReportWriter.writeSchedule(report, decoded, replay);
            ReportWriter.writeReports(report, failure);
        }
        System.out.flush();
        System.err.print(TextReport.of(failure));
        return ExitCodes.FAILURE;
    }
}
