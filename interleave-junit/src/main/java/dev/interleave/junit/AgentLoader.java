package dev.interleave.junit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/**
 * Makes sure the Interleave agent is in this JVM before any class of interleave-core is touched.
 * A JVM may not attach an agent to itself unless started with {@code -Djdk.attach.allowAttachSelf},
 * so a short-lived helper JVM ({@link AttachMain}) attaches it to this one's pid, as Byte Buddy's
 * agent installer and Mockito do.
 *
 * <p>This class must not refer to interleave-core or the bridge: the bridge has to be loaded first
 * by the bootstrap class loader, where the agent puts it, not by the class path's copy.
 */
final class AgentLoader {

    static final String BRIDGE = "dev.interleave.bridge.Bridge";
    private static final String AGENT_CLASS_FILE = "dev/interleave/agent/InterleaveAgent.class";
    private static final long ATTACH_TIMEOUT_SECONDS = 60;
    static final String ADVICE = "add the agent to the test JVM: in Maven, Surefire's <argLine>-javaagent:"
            + "${dev.interleave:interleave-agent:jar}</argLine> with the maven-dependency-plugin's 'properties' goal"
            + " (see the README of Interleave)";

    private static boolean attached;

    private AgentLoader() {
    }

    /**
     * As {@link #ensureAgent()}, for the test {@code target} under {@code annotation}
     * ({@code "@InterleaveTest"}): a missing agent fails the test with one line saying what to add.
     */
    static void ensureAgentFor(String annotation, String target) {
        try {
            ensureAgent();
        } catch (AgentUnavailableException e) {
            throw new AssertionFailedError(annotation + " on " + target + " cannot run: " + e.getMessage());
        }
    }

    /** Attaches the agent unless it is already there; throws {@link AgentUnavailableException} saying what to do. */
    static synchronized void ensureAgent() {
        if (attached) {
            return;
        }
        if (!agentInstalled()) {
            attach(agentJar());
            if (!agentInstalled()) {
                throw new AgentUnavailableException("the Interleave agent was attached but did not install; " + ADVICE);
            }
        }
        requireBootBridge();
        attached = true;
    }

    /** Whether the agent installed: its bridge is on the boot class path and holds the instrumenter. */
    private static boolean agentInstalled() {
        try {
            Class<?> bridge = Class.forName(BRIDGE, false, null);
            return bridge.getMethod("programInstrumenter").invoke(null) != null;
        } catch (ClassNotFoundException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new AgentUnavailableException("the Interleave agent in this JVM does not match interleave-junit ("
                    + e + "); " + ADVICE);
        }
    }

    /** The class path also has the bridge: a copy loaded from there before the agent came would be a second, dead bridge. */
    private static void requireBootBridge() {
        try {
            if (Class.forName(BRIDGE, false, AgentLoader.class.getClassLoader()).getClassLoader() != null) {
                throw new AgentUnavailableException("Interleave's bridge was loaded from the class path before the agent"
                        + " was attached; " + ADVICE);
            }
        } catch (ClassNotFoundException e) {
            throw new AgentUnavailableException("Interleave's bridge is not visible to interleave-junit; " + ADVICE);
        }
    }

    private static Path agentJar() {
        URL url = AgentLoader.class.getClassLoader().getResource(AGENT_CLASS_FILE);
        if (url == null) {
            throw new AgentUnavailableException("the Interleave agent (interleave-agent) is not on the test class path; " + ADVICE);
        }
        if (!url.getProtocol().equals("jar")) {
            throw new AgentUnavailableException("the Interleave agent is on the class path as classes, not as a jar ("
                    + url + "), so it cannot be attached; " + ADVICE);
        }
        String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
        try {
            return Path.of(URI.create(file));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new AgentUnavailableException("cannot locate the agent jar " + file + ": " + e.getMessage() + "; " + ADVICE);
        }
    }

    private static void attach(Path agentJar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String helperClassPath = ownClassPathEntry();
        List<String> command = List.of(java.toString(), "-cp", helperClassPath, AttachMain.class.getName(),
                Long.toString(ProcessHandle.current().pid()), agentJar.toString());
        String output;
        int status;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(ATTACH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AgentUnavailableException("attaching the Interleave agent took more than "
                        + ATTACH_TIMEOUT_SECONDS + " s; " + ADVICE);
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            status = process.exitValue();
        } catch (IOException e) {
            throw new AgentUnavailableException("cannot start " + java + " to attach the Interleave agent: "
                    + e.getMessage() + "; " + ADVICE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentUnavailableException("interrupted while attaching the Interleave agent; " + ADVICE);
        }
        if (status != 0) {
            String reason = output.isEmpty() ? "exit status " + status : output.lines().reduce((a, b) -> b).orElse(output);
            throw new AgentUnavailableException("cannot attach the Interleave agent (" + reason + "); " + ADVICE);
        }
    }

    private static String ownClassPathEntry() {
        try {
            return Path.of(AgentLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            throw new AgentUnavailableException("cannot locate interleave-junit's own classes to attach the agent; " + ADVICE);
        }
    }

}
