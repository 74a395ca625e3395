package dev.interleave.peers.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Describes the machine and the JDKs, for the report. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // keep the default
        }
        String load = "";
        try {
            load = ", load average at the end " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            // keep it empty
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + load + " (shared with other jobs: expect noise)";
    }

    static String javaVersion(String home) {
        String out = output(home + "/bin/java", "-version");
        return out.lines().filter(l -> l.contains("Runtime Environment")).findFirst().orElse(out.trim()).trim();
    }

    /**
     * The commit of the work tree the harness runs in (run.sh starts it at the repository's root),
     * whether the tree had uncommitted changes, and whether run.sh installed Interleave's
     * artifacts from it in this run: artifacts left from an earlier install measure an older
     * Interleave. Taken when the run starts.
     */
    static String measuredCommit() {
        String commit = output("git", "rev-parse", "--short", "HEAD").trim();
        String changes = output("git", "status", "--porcelain", "--untracked-files=no").trim();
        String tree = changes.isEmpty() ? "work tree clean" : "work tree with uncommitted changes";
        String artifacts = Boolean.getBoolean("peers.installed")
                ? "Interleave's artifacts installed from it by this run"
                : "Interleave's artifacts not reinstalled by this run: they may be older, PEERS_INSTALL=1 reinstalls";
        return "`" + commit + "` (" + tree + "; " + artifacts + ")";
    }

    /** The standard output and error of a short command, or why it could not run. */
    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
