package dev.interleave.runtime;

import java.util.List;

/** Keeps the frames a user can act on: drops Interleave's own and the JDK's thread machinery. */
final class StackFilter {

    private static final List<String> HIDDEN_PREFIXES = List.of(
            "dev.interleave.runtime.",
            "dev.interleave.bridge.",
            "java.lang.VirtualThread",
            "java.lang.Thread.getStackTrace",
            "jdk.internal.vm.");

    private StackFilter() {
    }

    static List<StackTraceElement> programFrames(List<StackTraceElement> frames) {
        return frames.stream().filter(frame -> !hidden(frame)).toList();
    }

    private static boolean hidden(StackTraceElement frame) {
        String where = frame.getClassName() + "." + frame.getMethodName();
        for (String prefix : HIDDEN_PREFIXES) {
            if (where.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
