package dev.interleave.internal.runtime;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which line of the code under test an event belongs to. A task's stack holds Interleave's frames,
 * the JDK's and a library's above the program's own; a trace that showed the innermost frame would
 * point into {@code AbstractQueuedSynchronizer} or a library's internals, not at the line the user
 * wrote. The code under test is the run's focus (the classes of its packages, by default the
 * package of the main class or test class), plus the JDK classes the run instruments; when no frame
 * is in focus, the innermost program frame stands in. Also tells whether an event is Interleave's
 * own doing ({@code TaskGroup}'s lock, its bookkeeping): the innermost frame that is not the JDK's
 * is Interleave's task API.
 */
final class Attribution {

    /** Where an event happened, and whether Interleave's task API, not the program, did it. */
    record Place(String location, boolean internal) {
    }

    static final Place NOWHERE = new Place("", false);

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final String MOVED_CLINIT = "$interleave$clinit";

    private final List<String> focus;
    private final List<String> instrumented;

    /**
     * @param focus        binary names of packages or classes under test (empty: every program class)
     * @param instrumented JDK classes the run instruments as program code (binary names)
     */
    Attribution(List<String> focus, List<String> instrumented) {
        this.focus = List.copyOf(focus);
        this.instrumented = List.copyOf(instrumented);
    }

    /**
     * The place of an event that an instrumented site of class {@code code} made at {@code where}:
     * that line when the class is under test, else the running task's stack decides.
     */
    Place ofSite(String code, String where) {
        if (!StackFilter.interleaveApi(code) && !jdk(code) && inFocus(code)) {
            return new Place(where, false);
        }
        return ofRunningTask();
    }

    /** The place of an event of the task running on this thread, from its stack. */
    Place ofRunningTask() {
        return WALKER.walk(frames -> place(frames.map(Frame::of)));
    }

    /** The place where a stopped task is, from its stack. */
    Place ofStack(StackTraceElement[] stack) {
        return place(Stream.of(stack).map(Frame::of));
    }

    /** One frame, as much of it as attribution reads; rendered only when it is the answer. */
    private record Frame(String className, String method, Function<Frame, String> source) {
        static Frame of(StackWalker.StackFrame frame) {
            return new Frame(frame.getClassName(), frame.getMethodName(),
                    f -> sourceOf(frame.getFileName(), frame.getLineNumber()));
        }

        static Frame of(StackTraceElement frame) {
            return new Frame(frame.getClassName(), frame.getMethodName(),
                    f -> sourceOf(frame.getFileName(), frame.getLineNumber()));
        }

        String render() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return simple + "." + (method.equals(MOVED_CLINIT) ? "<clinit>" : method) + "(" + source.apply(this) + ")";
        }

        private static String sourceOf(String file, int line) {
            return file == null ? "Unknown Source" : file + (line > 0 ? ":" + line : "");
        }
    }

    /**
     * Frames innermost first, skipping Interleave's runtime and the JDK (but for classes instrumented
     * as program code): the innermost frame in focus, else the innermost program frame.
     */
    private Place place(Stream<Frame> frames) {
        List<Frame> list = frames.toList();
        Frame firstProgram = null;
        Boolean internal = null;
        for (Frame frame : list) {
            String name = frame.className();
            if (StackFilter.hidden(name, frame.method()) || (jdk(name) && !instrumented(name))) {
                continue;
            }
            if (StackFilter.interleaveApi(name)) {
                if (internal == null) {
                    internal = true;
                }
                continue;
            }
            if (internal == null) {
                internal = false;
            }
            if (inFocus(name) || instrumented(name)) {
                return new Place(frame.render(), internal);
            }
            if (firstProgram == null) {
                firstProgram = frame;
            }
        }
        return new Place(firstProgram == null ? "" : firstProgram.render(), internal == Boolean.TRUE);
    }

    private boolean inFocus(String className) {
        if (focus.isEmpty()) {
            return true;
        }
        for (String entry : focus) {
            if (within(className, entry)) {
                return true;
            }
        }
        return false;
    }

    private boolean instrumented(String className) {
        for (String top : instrumented) {
            if (className.equals(top) || className.startsWith(top + "$")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class is {@code entry} (a class), nested in it, or in its package or a package below. */
    static boolean within(String className, String entry) {
        return className.equals(entry) || className.startsWith(entry + ".") || className.startsWith(entry + "$");
    }

    private static boolean jdk(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("javax.")
                || name.startsWith("com.sun.");
    }
}
