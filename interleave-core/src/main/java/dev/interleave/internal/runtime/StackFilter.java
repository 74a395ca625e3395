package dev.interleave.internal.runtime;

import java.util.ArrayList;
import java.util.List;

/** Keeps the frames a user can act on: drops Interleave's own and the JDK's thread machinery. */
final class StackFilter {

    private static final List<String> HIDDEN_PREFIXES = List.of(
            "dev.interleave.internal.runtime.",
            "dev.interleave.bridge.",
            // Entry points that drive a run: below the program's own frames, never the program's.
            "dev.interleave.Interleave.",
            "dev.interleave.junit.",
            "java.lang.VirtualThread",
            "java.lang.Thread.getStackTrace",
            "jdk.internal.vm.");

    private static final String MOVED_CLINIT = "$interleave$clinit";

    private StackFilter() {
    }

    static List<StackTraceElement> programFrames(List<StackTraceElement> frames) {
        List<StackTraceElement> program = new ArrayList<>();
        for (StackTraceElement frame : frames.subList(belowTheBridge(frames), frames.size())) {
            if (!hidden(frame.getClassName(), frame.getMethodName())) {
                program.add(asWritten(frame));
            }
        }
        return List.copyOf(program);
    }

    /** A class initializer under its own name, not the name of the method the agent moved it to. */
    private static StackTraceElement asWritten(StackTraceElement frame) {
        if (!frame.getMethodName().equals(MOVED_CLINIT)) {
            return frame;
        }
        return new StackTraceElement(frame.getClassLoaderName(), frame.getModuleName(), frame.getModuleVersion(),
                frame.getClassName(), "<clinit>", frame.getFileName(), frame.getLineNumber());
    }

    /**
     * Where the program's own frames begin: below the innermost call into the bridge, if any, since
     * everything above it (a modelled monitor's park, say) is Interleave's doing, not the program's.
     */
    private static int belowTheBridge(List<StackTraceElement> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).getClassName().startsWith("dev.interleave.bridge.")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Interleave's task API ({@code TaskGroup}, {@code Subtask}): it runs inside tasks, and is not the program. */
    static boolean interleaveApi(String className) {
        return className.startsWith("dev.interleave.TaskGroup") || className.startsWith("dev.interleave.Subtask");
    }

    /** A frame of Interleave's runtime or of the JDK's thread machinery. */
    static boolean hidden(String className, String method) {
        String where = className + "." + method;
        for (String prefix : HIDDEN_PREFIXES) {
            if (where.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
