package dev.interleave.junit;

/** The Interleave agent is not in this JVM and could not be attached; the message says what to add. */
final class AgentUnavailableException extends IllegalStateException {

    AgentUnavailableException(String message) {
        super(message);
    }
}
