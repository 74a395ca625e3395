package dev.interleave.bench;

import java.lang.management.ManagementFactory;

/** Checks how a fork was started, so that a benchmark cannot be mislabelled. */
final class Agent {

    private Agent() {
    }

    static boolean present() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(arg -> arg.startsWith("-javaagent:") && arg.contains("interleave-agent"));
    }

    static void require(boolean present) {
        if (present() != present) {
            throw new IllegalStateException("this benchmark must run " + (present ? "with" : "without")
                    + " the Interleave agent; JVM flags: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }
}
