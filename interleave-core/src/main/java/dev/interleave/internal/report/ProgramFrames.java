package dev.interleave.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception's frames as a user wants them: cut where the program's code was entered from
 * Interleave (reflection into main, the runtime's task wrapper, the virtual thread's entry).
 */
final class ProgramFrames {

    private static final List<String> ENTRY_PREFIXES = List.of(
            "jdk.internal.reflect.", "java.lang.reflect.Method.invoke", "dev.interleave.internal.runtime.",
            "dev.interleave.Interleave.", "java.lang.VirtualThread.run");

    private ProgramFrames() {
    }

    static List<StackTraceElement> of(Throwable error) {
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement frame : error.getStackTrace()) {
            String where = frame.getClassName() + "." + frame.getMethodName();
            if (ENTRY_PREFIXES.stream().anyMatch(where::startsWith)) {
                break;
            }
            frames.add(frame);
        }
        return frames.isEmpty() ? List.of(error.getStackTrace()) : frames;
    }
}
