package dev.interleave.internal.cli;

import dev.interleave.internal.runtime.ControlledRuntime;
import picocli.CommandLine;

/** {@code interleave}: the command line. Exit codes are part of the contract (see the README). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = execute(args);
        if (AgentCheck.attached() && ControlledRuntime.abandonedAStep()) {
            // A thread is still inside a step that never ended (reported already): exiting normally
            // could wait on what it holds.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line as {@link #main} parses it (the recipes' tests parse their command lines with it). */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new InterleaveCommand());
        // As with the java launcher, everything after the main class is the program's, even words that
        // look like Interleave's options ("-mo", "--verbose").
        commandLine.setStopAtPositional(true);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new RunErrors());
        return commandLine;
    }
}
