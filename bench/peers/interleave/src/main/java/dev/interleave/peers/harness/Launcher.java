package dev.interleave.peers.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one child JVM for each tool. Paths come from run.sh as system properties:
 * {@code peers.dir} (bench/peers), {@code peers.jdk25}, {@code peers.jdk17}, {@code peers.frayAgent}.
 */
final class Launcher {

    private final Path dir = Path.of(System.getProperty("peers.dir", "."));
    private final String jdk25 = System.getProperty("peers.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64");
    private final String jdk17 = System.getProperty("peers.jdk17", "/usr/lib/jvm/java-17-openjdk-amd64");
    private final String frayAgent = System.getProperty("peers.frayAgent", "");

    String jdkHome(Config config) {
        return config.tool().equals("fray") ? dir.resolve("fray/target/fray/fray-java").toString()
                : config.jdk() == 17 ? jdk17 : jdk25;
    }

    List<String> command(Config config, Path workDir) {
        Path lib = dir.resolve("interleave/target/lib");
        String gallery = jar(lib, "interleave-examples") + File.pathSeparator + jar(lib, "interleave-core");
        List<String> command = new ArrayList<>();
        command.add(jdkHome(config) + "/bin/java");
        switch (config.tool()) {
            case "interleave" -> {
                command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                        "-javaagent:" + jar(lib, "interleave-agent"), "-Dpeers.examples=" + jar(lib, "interleave-examples"),
                        "-cp", classpath("interleave"), "dev.interleave.peers.interleave.InterleaveTool"));
            }
            case "fray" -> {
                command.addAll(List.of("-javaagent:" + frayAgent,
                        "-agentpath:" + dir.resolve("fray/target/fray/fray-jvmti/libjvmti.so"),
                        "-Dfray.workDir=" + workDir, "-cp", classpath("fray") + File.pathSeparator + gallery,
                        "dev.interleave.peers.fray.FrayTool"));
            }
            case "lincheck" -> {
                command.addAll(List.of("-XX:+EnableDynamicAgentLoading", "-cp",
                        classpath("lincheck") + File.pathSeparator + gallery, "dev.interleave.peers.lincheck.LincheckTool"));
            }
            default -> throw new IllegalArgumentException("unknown tool " + config.tool());
        }
        return command;
    }

    private String classpath(String module) {
        return dir.resolve(module + "/target/classes") + File.pathSeparator + dir.resolve(module + "/target/lib") + "/*";
    }

    private static String jar(Path lib, String artifact) {
        Path jar = lib.resolve(artifact + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("missing " + jar + ": build bench/peers first (run.sh does)");
        }
        return jar.toString();
    }
}
