package dev.interleave.runtime;

import java.util.List;

/** Keeps the frames a user can act on: drops Interleave's own and the JDK's thread machinery. */
final class StackFilter {

    private static final List<String> HIDDEN_PREFIXES = List.of(
            "dev.interleave.runtime.",
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
        return frames.subList(belowTheBridge(frames), frames.size()).stream().filter(frame -> !hidden(frame))
                .map(StackFilter::asWritten).toList();
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

    /**
     * Where a stopped task is in the program: its innermost frame outside the JDK and Interleave, or
     * in a JDK class the run instruments as program code ({@code instrumented}, binary names).
     */
    static String location(Thread thread, List<String> instrumented) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String name = frame.getClassName();
            boolean jdk = name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
            if (!hidden(frame) && (!jdk || instrumentedClass(name, instrumented))
                    && !name.startsWith("dev.interleave.TaskGroup") && !name.startsWith("dev.interleave.Subtask")) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                String source = frame.getFileName() == null ? "Unknown Source"
                        : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
                return simple + "." + asWritten(frame).getMethodName() + "(" + source + ")";
            }
        }
        return "";
    }

    private static boolean instrumentedClass(String name, List<String> instrumented) {
        for (String top : instrumented) {
            if (name.equals(top) || name.startsWith(top + "$")) {
                return true;
            }
        }
        return false;
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
