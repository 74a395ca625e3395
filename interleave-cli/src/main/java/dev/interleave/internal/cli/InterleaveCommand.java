package dev.interleave.internal.cli;

import picocli.CommandLine.Command;

@Command(name = "interleave",
        mixinStandardHelpOptions = true,
        version = "interleave 0.1.0",
        description = "Runs concurrent Java programs on a scheduler that Interleave controls.",
        subcommands = {RunCommand.class, ExploreCommand.class, ReplayCommand.class, MergeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no failure",
            "1:a failure was found or reproduced",
            "2:bad usage or bad input",
            "3:Interleave itself failed, or the program was nondeterministic under replay"})
final class InterleaveCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "a command is required: run, explore, replay or merge");
    }
}
