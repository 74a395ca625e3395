package dev.interleave.cli;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunResult;
import dev.interleave.report.TextReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs MAIN_CLASS once under the FIFO strategy (asyncio's order), printing the program's output.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ProgramOptions program;

    @Override
    public Integer call() {
        Program loaded = program.program();
        RunResult result = Interleave.runMain(loaded, program.argArray(), program.runOptions());
        System.out.flush();
        DataRaces.print(System.err, result.races());
        if (result.passed()) {
            return ExitCodes.OK;
        }
        System.out.flush();
        System.err.print(TextReport.failure(result, program.command("run")));
        return ExitCodes.FAILURE;
    }
}
