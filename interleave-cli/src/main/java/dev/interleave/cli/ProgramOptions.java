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
            description = "Scheduling points: cooperative (where a thread blocks or yields), sync (also every "
                    + "synchronization action: monitors, locks, volatiles, atomics, start, join, park), preemptive "
                    + "(also every access to a shared field or array element). Default: ${DEFAULT-VALUE}.")
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

    /** The command line that runs {@code verb} on this program again, as a user would paste it. */
    String command(String verb) {
        return CommandLines.of(verb, classpath, mode, List.of(), mainClass, args, null);
    }

    /**
     * The command line that replays a schedule of this program; a long class path goes into an
     * argument file in {@code reportDir} when there is one.
     */
    String replay(String token, java.nio.file.Path reportDir) {
        return CommandLines.of("replay", classpath, mode, List.of("--schedule", token), mainClass, args, reportDir);
    }
}
