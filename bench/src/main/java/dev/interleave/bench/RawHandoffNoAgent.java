package dev.interleave.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;

/**
 * Raw hand-offs in a JVM without the Interleave agent: the JDK alone. {@code jvmArgs} replaces
 * the flags the forks would otherwise inherit, so the agent is left out here.
 */
@Fork(value = 1, jvmArgs = {"--add-opens=java.base/java.lang=ALL-UNNAMED", "-Djdk.trackAllThreads=false"})
public class RawHandoffNoAgent extends AbstractRawHandoff {

    @Setup
    public void agentAbsent() {
        Agent.require(false);
    }
}
