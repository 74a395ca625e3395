package dev.interleave.internal.cli;

import picocli.CommandLine;

/** Bad usage: one line naming the problem, and exit 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        System.err.println("interleave: " + e.getMessage() + " (see interleave --help)");
        return ExitCodes.USAGE;
    }
}
