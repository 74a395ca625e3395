package dev.interleave.cli;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.report.TextReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run",
        description = "Runs MAIN_CLASS once under the FIFO strategy (asyncio's order), printing the program's output.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--cp", required = true, paramLabel = "CLASSPATH",
            description = "The program's class path, entries separated by '${sys:path.separator}'.")
    String classpath;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "cooperative",
            description = "Scheduling points: cooperative (await points only). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Parameters(index = "0", paramLabel = "MAIN_CLASS", description = "The class whose main method to run.")
    String mainClass;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's main.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Modes.requireSupported(mode);
        Program program = Program.of(ClassPaths.parse(classpath), mainClass);
        StuckRuns.reportAndExit(List.of("bin/interleave", "run", "--cp", classpath, mainClass), null, mainClass, mode);
        RunResult result = Interleave.runMain(program, args.toArray(String[]::new), RunOptions.defaults());
        if (result.passed()) {
            return ExitCodes.OK;
        }
        System.out.flush();
        System.err.print(TextReport.failure(result, List.of("bin/interleave", "run", "--cp", classpath, mainClass)));
        return ExitCodes.FAILURE;
    }

}
