package dev.interleave.internal.cli;

import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.ProgramException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command takes: the program (class path, main class, its arguments), the mode, the
 * limits, and the JDK classes to instrument as program code.
 */
final class ProgramOptions {

    @Option(names = "--cp", required = true, paramLabel = "CLASSPATH",
            description = "The program's class path, entries separated by '${sys:path.separator}'.")
    String classpath;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Scheduling points: cooperative (where a thread blocks or yields), sync (also every "
                    + "synchronization action: monitors, locks, volatiles, atomics, start, join, park), preemptive "
                    + "(also every access to a shared field or array element). Default: cooperative for run, "
                    + "preemptive for explore, the schedule's for replay.")
    String mode;

    @Option(names = "--time-limit", paramLabel = "DURATION",
            description = "Wall-clock budget for the whole command, e.g. 30s, 2m; it ends the run even inside an execution.")
    String timeLimit;

    @Option(names = "--outside-wait", paramLabel = "DURATION",
            description = "How long a run waits for the outside world (a socket, a process, System.in) when no thread can "
                    + "run, before it ends as stuck waiting outside, e.g. 500ms, 5s, 2m. Default: 30s.")
    String outsideWait;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Most steps one execution may take before it is reported as a livelock. Default: 1000000.")
    Long maxSteps;

    @Option(names = "--instrument", paramLabel = "CLASS", split = ",",
            description = "Instrument this JDK class (and its nested classes) as program code: its field and array "
                    + "accesses, monitors and atomic calls become the program's (scheduling points in sync and "
                    + "preemptive modes, watched by the race detector). Repeatable, or comma-separated. By default "
                    + "the JDK's classes are trusted as a whole.")
    List<String> instrument = new ArrayList<>();

    @Option(names = "--focus", paramLabel = "PACKAGE", split = ",",
            description = "The code under test, for reports: an event that a library or the JDK did on its behalf is "
                    + "shown at its innermost line in these packages or classes. Repeatable, or comma-separated. "
                    + "Default: the main class's package.")
    List<String> focus = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "MAIN_CLASS", description = "The class whose main method to run.")
    String mainClass;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's main.")
    List<String> args = new ArrayList<>();

    /** Checks the mode and loads the program; bad input throws with a one-line reason. */
    Program program() {
        modeOr(Mode.COOPERATIVE);
        AgentCheck.requireAttached();
        for (String name : instrument) {
            try {
                dev.interleave.bridge.JdkCode.instrument(name);
            } catch (IllegalArgumentException e) {
                throw new dev.interleave.ProgramException("--instrument: " + e.getMessage());
            }
        }
        if (outsideWait != null) {
            System.setProperty(dev.interleave.RunOptions.OUTSIDE_WAIT_PROPERTY, Durations.parse(outsideWait).toMillis() + "ms");
        }
        return Program.of(ClassPaths.parse(classpath), mainClass);
    }

    /** The mode given, or {@code verbDefault} when none was. */
    Mode modeOr(Mode verbDefault) {
        if (mode == null) {
            return verbDefault;
        }
        try {
            return Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ProgramException(e.getMessage());
        }
    }

    /** The time limit, or null for none. */
    java.time.Duration timeLimitOrNull() {
        return timeLimit == null ? null : Durations.parse(timeLimit);
    }

    long maxStepsOrDefault() {
        if (maxSteps != null && maxSteps <= 0) {
            throw new dev.interleave.ProgramException("--max-steps must be positive, not " + maxSteps);
        }
        return maxSteps == null ? dev.interleave.RunOptions.DEFAULT_MAX_STEPS : maxSteps;
    }

    /** The options of a single run in {@code mode}: the limits. */
    dev.interleave.RunOptions runOptions(Mode mode) {
        return dev.interleave.RunOptions.defaults().withMode(mode)
                .withMaxSteps(maxStepsOrDefault()).withTimeLimit(timeLimitOrNull()).withInstrument(instrument).withFocus(focus);
    }

    String[] argArray() {
        return args.toArray(String[]::new);
    }

    /**
     * The command line that runs {@code verb} on this program again in {@code mode}, as a user would
     * paste it: the mode is named unless it is {@code verbDefault}.
     */
    String command(String verb, Mode mode, Mode verbDefault, List<String> verbOptions) {
        List<String> options = new ArrayList<>();
        if (mode != verbDefault) {
            options.addAll(List.of("--mode", mode.label()));
        }
        options.addAll(verbOptions);
        options.addAll(limits());
        if (timeLimit != null) {
            options.addAll(List.of("--time-limit", timeLimit));
        }
        return CommandLines.of(verb, classpath, options, mainClass, args, null);
    }

    /**
     * The command line that replays a schedule of this program. With a report directory, a long
     * class path goes into an argument file there, and a long schedule is read from its
     * {@code schedule.txt}.
     */
    String replay(String token, java.nio.file.Path reportDir) {
        return replayOf(reportDir != null && token.length() > CommandLines.LONG_TOKEN
                ? reportDir.resolve("schedule.txt").toString() : token, reportDir);
    }

    /**
     * As {@link #replay(String, java.nio.file.Path)}, the schedule given as {@code schedule}: a token or
     * a file. It names no mode: a schedule carries its own.
     */
    String replayOf(String schedule, java.nio.file.Path reportDir) {
        List<String> options = new ArrayList<>(List.of("--schedule", schedule));
        options.addAll(limits());
        if (!focus.isEmpty()) {
            // Not needed to run the same, but for the replay's report to read the same.
            options.addAll(List.of("--focus", String.join(",", focus)));
        }
        return CommandLines.of("replay", classpath, options, mainClass, args, reportDir);
    }

    /**
     * The options a schedule needs to run the same again: a step limit other than the default, the
     * JDK classes instrumented as program code, and the bound on waiting outside.
     */
    private List<String> limits() {
        List<String> options = new ArrayList<>();
        if (maxSteps != null) {
            options.addAll(List.of("--max-steps", Long.toString(maxSteps)));
        }
        if (!instrument.isEmpty()) {
            options.addAll(List.of("--instrument", String.join(",", instrument)));
        }
        if (outsideWait != null) {
            options.addAll(List.of("--outside-wait", outsideWait));
        }
        return options;
    }
}
