package dev.interleave.cli;

import dev.interleave.Program;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command takes: the program (class path, main class, its arguments) and the mode. */
final class ProgramOptions {

    @Option(names = "--cp", required = true, paramLabel = "CLASSPATH",
            description = "The program's class path, entries separated by '${sys:path.separator}'.")
    String classpath;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "cooperative",
            description = "Scheduling points: cooperative (await points only; sync and preemptive are not in "
                    + "this version). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Parameters(index = "0", paramLabel = "MAIN_CLASS", description = "The class whose main method to run.")
    String mainClass;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's main.")
    List<String> args = new ArrayList<>();

    /** Checks the mode and loads the program; bad input throws with a one-line reason. */
    Program program() {
        Modes.requireSupported(mode);
        AgentCheck.requireAttached();
        return Program.of(ClassPaths.parse(classpath), mainClass);
    }

    String[] argArray() {
        return args.toArray(String[]::new);
    }

    /** The command line that runs {@code command} on this program again. */
    List<String> command(String command) {
        List<String> words = new ArrayList<>(List.of("bin/interleave", command, "--cp", classpath, mainClass));
        words.addAll(args);
        return words;
    }

    /** The command line that replays a schedule of this program. */
    String replay(String token) {
        return ReplayCommands.of(classpath, token, mode, mainClass, args);
    }
}
