package dev.interleave.peers.harness;

import dev.interleave.peers.Child;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launches one child JVM, waits for it within a limit, and reads its result line. */
final class ChildRun {

    private ChildRun() {
    }

    static Run run(List<String> command, Path log, long limitSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            return new Run("killed", -1, System.currentTimeMillis() - launched, -1,
                    -1, "killed after " + limitSeconds + " s");
        }
        long ended = System.currentTimeMillis();
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            if (line.startsWith(Child.PREFIX + "\t")) {
                String[] f = line.split("\t", -1);
                boolean found = Boolean.parseBoolean(f[1]);
                long start = Long.parseLong(f[3]);
                long end = Long.parseLong(f[4]);
                double search = Double.parseDouble(f[5]);
                String detail = f.length > 6 ? f[6] : "";
                String status = found ? "found" : detail.startsWith("HUNG") ? "hung" : "passed";
                return new Run(status, Long.parseLong(f[2]), end - launched, end - start, search, detail);
            }
        }
        int exit = process.exitValue();
        if (exit != 1) {
            return new Run("error", -1, ended - launched, -1, -1, "the child failed (exit " + exit + "), see " + log);
        }
        return new Run("exit", -1, ended - launched, -1, -1,
                "the JVM exited with status " + exit + " before the tool reported: System.exit in the program");
    }
}
