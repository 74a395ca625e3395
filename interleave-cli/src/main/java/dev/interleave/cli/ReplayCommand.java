package dev.interleave.cli;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunResult;
import dev.interleave.report.FailureReport;
import dev.interleave.report.ReportWriter;
import dev.interleave.report.TextReport;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay",
        description = "Replays one schedule of MAIN_CLASS exactly and reports what happened step by step.")
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--cp", required = true, paramLabel = "CLASSPATH", description = "The program's class path.")
    String classpath;

    @Option(names = "--schedule", required = true, paramLabel = "TOKEN_OR_FILE",
            description = "A schedule token (il1....) or a schedule.txt file.")
    String schedule;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write schedule.txt, report.txt and report.json there.")
    Path report;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "cooperative",
            description = "Scheduling points; must be the mode the schedule was recorded in. Default: ${DEFAULT-VALUE}.")
    String mode;

    @Parameters(index = "0", paramLabel = "MAIN_CLASS", description = "The class whose main method to replay.")
    String mainClass;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's main.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Modes.requireSupported(mode);
        String token = schedule.startsWith(ScheduleToken.VERSION + ".") || !Files.exists(Path.of(schedule))
                ? schedule : ReportWriter.readToken(Path.of(schedule));
        Schedule decoded = ScheduleToken.decode(token, mainClass);
        if (!decoded.mode().equals(mode)) {
            throw new dev.interleave.ProgramException("the schedule was recorded in mode " + decoded.mode()
                    + ", not " + mode + ": add --mode " + decoded.mode());
        }
        Program program = Program.of(ClassPaths.parse(classpath), mainClass);
        if (report != null) {
            ReportWriter.prepare(report);
        }
        RunResult result = Interleave.replayMain(program, args.toArray(String[]::new), decoded);
        String replay = ReplayCommands.of(classpath, decoded.token(), mode, mainClass, args);
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
