package dev.interleave.lin.harness;

import dev.interleave.lin.structures.Structure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child in a fresh JVM with its output in a log file, and ends it (and its descendants) when
 * the cell's budget is over: Lincheck has no wall-clock budget of its own, and Interleave's ends a
 * little before (it is told the budget from its JVM's start).
 */
record Launch(Path dir, String jdk17, String jdk25, Path logs) {

    Outcome run(Structure structure, Column column, long seed, int seconds, String name) throws IOException, InterruptedException {
        Path log = logs.resolve(name + ".log");
        List<String> command = command(structure, column, seed, seconds);
        Files.writeString(log, String.join(" ", command) + "\n");
        System.err.println("lin: " + name + ": " + String.join(" ", command));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // Grace beyond the budget: JVM exit, and Interleave's last replay of a failure found near the end.
        boolean ended = process.waitFor(seconds + 10L, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return Outcome.of(Files.readAllLines(log), !ended, process.exitValue(), wall);
    }

    private List<String> command(Structure structure, Column column, long seed, int seconds) {
        List<String> command = new ArrayList<>();
        command.add((column.jdk() == 17 ? jdk17 : jdk25) + "/bin/java");
        if (column.interleave()) {
            Path lib = dir.resolve("interleave/target/lib");
            command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                    "-javaagent:" + lib.resolve("interleave-agent-0.1.0-SNAPSHOT.jar"), "-cp", classpath("interleave"),
                    "dev.interleave.lin.interleave.InterleaveChild", structure.id(), String.valueOf(seed),
                    String.valueOf(seconds)));
        } else {
            command.addAll(List.of("-XX:+EnableDynamicAgentLoading", "-cp", classpath("lincheck"),
                    "dev.interleave.lin.lincheck.LincheckChild", structure.id(), column.mode()));
        }
        return command;
    }

    private String classpath(String module) {
        return dir.resolve(module + "/target/classes") + File.pathSeparator + dir.resolve(module + "/target/lib") + "/*";
    }
}
