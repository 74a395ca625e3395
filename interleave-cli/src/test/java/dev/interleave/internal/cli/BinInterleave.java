package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bin/interleave} as a user would, from the project's directory (also for the real-world
 * programs' tests, through this module's test jar).
 */
public final class BinInterleave {

    public static final Path HOME = Path.of(System.getProperty("interleave.home"));
    public static final String EXAMPLES = "examples/target/classes";

    public record Outcome(int exit, List<String> out, List<String> err) {
    }

    private BinInterleave() {
    }

    public static Outcome run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return start(env, command(args), true);
    }

    /** As {@link #run}, its standard input left open and empty until it ends (a terminal nobody types in). */
    static Outcome runWithOpenInput(String... args) throws IOException, InterruptedException {
        return start(Map.of(), command(args), false);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/interleave").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command line as printed by Interleave, pasted into a shell in the same directory. */
    static Outcome shell(String commandLine) throws IOException, InterruptedException {
        return start(Map.of(), List.of("bash", "-c", commandLine), true);
    }

    private static Outcome start(Map<String, String> env, List<String> command, boolean closeInput)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (closeInput) {
            process.getOutputStream().close();
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/interleave did not finish");
        process.getOutputStream().close();
        return new Outcome(process.exitValue(),
                new String(out, StandardCharsets.UTF_8).lines().toList(),
                new String(err, StandardCharsets.UTF_8).lines().toList());
    }
}
