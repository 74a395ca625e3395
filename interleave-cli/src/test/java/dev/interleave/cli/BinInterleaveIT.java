package dev.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/interleave} as a user runs it, after the package phase has built its jars: the
 * document's programs print the document's outputs, and a machine without JDK 25 gets one line.
 */
class BinInterleaveIT {

    private static final Path HOME = Path.of(System.getProperty("interleave.home"));
    private static final String EXAMPLES = "examples/target/classes";

    private record Outcome(int exit, List<String> out, List<String> err) {
    }

    private static Outcome interleave(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/interleave").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/interleave did not finish");
        return new Outcome(process.exitValue(),
                new String(out, StandardCharsets.UTF_8).lines().toList(),
                new String(err, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void racyFlagPrintsTheDocumentsOutput() throws Exception {
        Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertEquals(List.of("ran=false", "ran=false", "ran=false",
                "after ran = True", "after ran = True", "after ran = True"), outcome.out());
        assertEquals(List.of(), outcome.err());
    }

    @Test
    void lockedProgramsPrintTheDocumentsFixedOutput() throws Exception {
        for (String main : List.of("LockedFlag", "SynchronizedFlag")) {
            Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio." + main);
            assertEquals(0, outcome.exit(), main + ": " + outcome.err());
            assertEquals(List.of("ran=false", "after ran = True", "ran=true", "ran=true"), outcome.out(), main);
        }
    }

    @Test
    void deadlockExitsWithOne() throws Exception {
        Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "dev.interleave.examples.failures.LockOrderDeadlock");
        assertEquals(1, outcome.exit());
        assertTrue(outcome.err().getFirst().startsWith("FAILURE: deadlock"), outcome.err().toString());
    }

    @Test
    void missingClassIsOneLineAndExitTwo() throws Exception {
        Outcome outcome = interleave(Map.of(), "run", "--cp", EXAMPLES, "no.such.Main");
        assertEquals(2, outcome.exit());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
    }

    @Test
    void withoutJdk25ItSaysSoInOneLine() throws Exception {
        Outcome outcome = interleave(Map.of("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64",
                        "INTERLEAVE_JDK25_FALLBACK", "/no/such/jdk"),
                "run", "--cp", EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag");
        assertEquals(2, outcome.exit());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
        assertTrue(outcome.err().getFirst().contains("no JDK 25 found"), outcome.err().toString());
    }
}
