package dev.interleave.internal.runtime;

/** The Interleave java agent is not attached to this JVM, so nothing can be controlled. */
public final class AgentMissingException extends IllegalStateException {

    public AgentMissingException() {
        super("the Interleave agent is not attached: start the JVM with "
                + "-javaagent:interleave-agent.jar (bin/interleave does this for you)");
    }
}
