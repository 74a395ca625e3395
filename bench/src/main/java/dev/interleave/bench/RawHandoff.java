package dev.interleave.bench;

import org.openjdk.jmh.annotations.Setup;

/**
 * Raw hand-offs in a JVM started exactly as the controlled one is, with the Interleave agent
 * (which then stays idle: no run is ever installed, so every hook is a null check). The forks
 * inherit the agent flags of the JVM that runs JMH (see run.sh).
 */
public class RawHandoff extends AbstractRawHandoff {

    @Setup
    public void agentPresent() {
        Agent.require(true);
    }
}
