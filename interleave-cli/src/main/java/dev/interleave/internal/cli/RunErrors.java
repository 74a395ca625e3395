package dev.interleave.internal.cli;

import dev.interleave.InterleaveFault;
import dev.interleave.ProgramException;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.internal.runtime.AgentMissingException;
import picocli.CommandLine;

/**
 * Errors while running: bad input (a missing class or class path entry) is one line and exit 2;
 * anything else is Interleave's own failure, one line and exit 3 (the stack only with
 * {@code INTERLEAVE_DEBUG=1}).
 */
final class RunErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof ProgramException || e instanceof BadScheduleException) {
            System.err.println("interleave: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof ReplayDivergedException) {
            System.err.println("interleave: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        if (e instanceof InterleaveFault) {
            System.err.println("interleave: Interleave itself failed, not the program (please report it): " + e.getMessage());
            debugStack(e);
            return ExitCodes.INTERNAL;
        }
        if (e instanceof AgentMissingException) {
            System.err.println("interleave: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        System.err.println("interleave: internal error: " + e);
        debugStack(e);
        return ExitCodes.INTERNAL;
    }

    private static void debugStack(Exception e) {
        if ("1".equals(System.getenv("INTERLEAVE_DEBUG"))) {
            e.printStackTrace();
        }
    }
}
