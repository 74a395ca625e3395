package dev.interleave;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a new JVM with the same agent and class path as the tests, for behaviour
 * that depends on JVM-wide state (which JDK classes a run initializes first) and so cannot be
 * reproduced reliably inside the shared test JVM.
 */
public final class FreshJvm {

    /** What the child printed, and whether it ended by itself before the deadline. */
    public record Outcome(boolean finished, int exitCode, List<String> lines) {
    }

    private FreshJvm() {
    }

    public static Outcome run(Class<?> mainClass, Duration deadline, String... args)
            throws IOException, InterruptedException {
        return run(List.of(), mainClass, deadline, args);
    }

    /** As {@link #run(Class, Duration, String...)}, with more JVM options. */
    public static Outcome run(List<String> jvmOptions, Class<?> mainClass, Duration deadline, String... args)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // the agent and the JVM flags the parent pom's argLine gives the tests
            if (option.startsWith("-javaagent:") || option.startsWith("-XX:") || option.startsWith("-Djdk.")) {
                options.add(option);
            }
        }
        options.addAll(jvmOptions);
        return start(options, mainClass, deadline, args);
    }

    /** Runs {@code mainClass} as plain {@code java} would: no agent, nothing of Interleave's in control. */
    public static Outcome plain(Class<?> mainClass, Duration deadline, String... args) throws IOException, InterruptedException {
        return start(List.of(), mainClass, deadline, args);
    }

    private static Outcome start(List<String> jvmOptions, Class<?> mainClass, Duration deadline, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));

        Path output = Files.createTempFile("interleave-fresh-jvm", ".txt");
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean finished = child.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            return new Outcome(finished, finished ? child.exitValue() : -1, Files.readAllLines(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
