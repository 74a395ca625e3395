package dev.interleave.internal.cli;

import dev.interleave.internal.runtime.AgentMissingException;

/**
 * The command line's jar leaves the bridge out: the agent brings it. So without the agent the
 * first use of the bridge is a NoClassDefFoundError deep in class loading; asking for the class
 * up front turns that into the message that says what to do.
 */
final class AgentCheck {

    private AgentCheck() {
    }

    static void requireAttached() {
        if (!attached()) {
            throw new AgentMissingException();
        }
    }

    static boolean attached() {
        try {
            Class.forName("dev.interleave.bridge.Bridge", false, AgentCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
