package dev.interleave.internal.runtime;

import dev.interleave.bridge.JdkCode;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a call from a JDK class instrumented as program code counts: only inside a task
 * of a run that asked for that class, and only for the program's use of it. Interleave's own code
 * uses the JDK's collections on the tasks' threads too (the scheduler's queues, the race detector's
 * maps, the task API), and must never meet a scheduling point or be watched there. Who uses the
 * class is read from the stack: the nearest frame above the JDK's that is not the JDK's own says
 * it. Interleave's frames (a hook of the bridge, the runtime, the task API) mean Interleave; the
 * program's mean the program; none at all means a task whose body is the JDK's (a pool's worker),
 * which runs for the program.
 */
final class JdkCodeGate implements JdkCode.Gate {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    @Override
    public boolean counts(int group) {
        Execution execution = JdkInternals.scheduler(Thread.currentThread()) instanceof RunExecutor executor
                ? executor.execution : null;
        // Nothing here may call a JDK class before the guard is up: it may be one instrumented.
        if (execution == null || execution.current() == null || execution.inJdkGate
                || !execution.instrumentsJdkGroup(group)) {
            return false;
        }
        execution.inJdkGate = true;
        try {
            return WALKER.walk(JdkCodeGate::programUse);
        } finally {
            execution.inJdkGate = false;
        }
    }

    private static boolean programUse(Stream<StackWalker.StackFrame> frames) {
        Optional<StackWalker.StackFrame> user = frames
                .dropWhile(frame -> frame.getDeclaringClass() == JdkCodeGate.class
                        || frame.getDeclaringClass() == JdkCode.class)
                .filter(frame -> !jdk(frame.getDeclaringClass()))
                .findFirst();
        return user.isEmpty() || !interleave(user.get().getDeclaringClass());
    }

    private static boolean jdk(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return (loader == null || loader == PLATFORM) && !type.getName().startsWith("dev.interleave.");
    }

    /**
     * Interleave's machinery, and its task API, which is not the program's memory either: the bridge,
     * and the classes that come from where this one does (the program's own, and tests, come from
     * elsewhere, whatever their package).
     */
    private static boolean interleave(Class<?> type) {
        return INTERLEAVE.get(type);
    }

    private static final ClassValue<Boolean> INTERLEAVE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith("dev.interleave.bridge.")
                    || (type.getName().startsWith("dev.interleave.") && sameCodeSource(type, JdkCodeGate.class));
        }
    };

    private static boolean sameCodeSource(Class<?> a, Class<?> b) {
        java.security.CodeSource first = a.getProtectionDomain().getCodeSource();
        java.security.CodeSource second = b.getProtectionDomain().getCodeSource();
        return first != null && second != null && java.util.Objects.equals(first.getLocation(), second.getLocation());
    }
}
