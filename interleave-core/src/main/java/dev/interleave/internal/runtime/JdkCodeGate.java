package dev.interleave.internal.runtime;

import dev.interleave.bridge.InterleaveClasses;
import dev.interleave.bridge.JdkCode;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.stream.Stream;

/**
 * Decides whether a call from a JDK class instrumented as program code counts: only inside a task
 * of a run that asked for that class, and only for the program's use of it. Interleave's own code
 * uses the JDK's collections on the tasks' threads too (the scheduler's queues, the race detector's
 * maps, the task API), and so does the JDK itself: linking a lambda interns its method types in a
 * {@code ConcurrentHashMap}, a class loader keeps its locks in one, {@code Calendar} and
 * {@code ResourceBundle} cache in them. Neither may meet a scheduling point or be watched there: the
 * JDK's tables are the JVM's, filled by whichever run comes first (so two runs of one schedule would
 * differ), and a task stopped inside a lambda's linkage is pinned to its carrier in a native frame
 * (a false "stuck step", or another task's class loading on that carrier fails with a
 * {@code ClassCircularityError}). Who uses the class is read from the stack, from the instrumented
 * classes' frames down: Interleave's frames (a hook of the bridge, the runtime, the task API) mean
 * Interleave; the program's mean the program; the JDK's collections, streams and concurrency
 * utilities in between pass the program's objects along; any other JDK frame (linkage, class
 * loading, an internal cache, a JDK class's initializer) means the JDK's own use; reaching the
 * thread's first frame with none of these means a task whose body is the JDK's (a pool's worker),
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
            return WALKER.walk(frames -> programUse(execution, frames));
        } finally {
            execution.inJdkGate = false;
        }
    }

    private static boolean programUse(Execution execution, Stream<StackWalker.StackFrame> frames) {
        Iterator<StackWalker.StackFrame> below = frames
                .dropWhile(frame -> frame.getDeclaringClass() == JdkCodeGate.class
                        || frame.getDeclaringClass() == JdkCode.class)
                .iterator();
        while (below.hasNext()) {
            StackWalker.StackFrame frame = below.next();
            Class<?> type = frame.getDeclaringClass();
            Caller caller = CALLERS.get(type);
            switch (caller) {
                case PROGRAM, THREAD_BASE -> {
                    return true;
                }
                case INTERLEAVE -> {
                    return false;
                }
                case PASSES_ALONG, JDK_OWN -> {
                    // An instrumented class's frames pass the use along whatever they are; a JDK
                    // class's initializer runs once a JVM, for no one in particular.
                    if (!execution.instrumentsJdkClass(type)
                            && (caller == Caller.JDK_OWN || frame.getMethodName().equals("<clinit>"))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** What a frame's class says about who uses an instrumented class; decided once a class, as frames are read at every access. */
    private enum Caller {
        /** The program's code (or a test's): its use counts. */
        PROGRAM,
        /** Interleave's machinery or task API: its use does not. */
        INTERLEAVE,
        /** The frames every thread starts with, below its body: none above said otherwise, so a JDK-bodied task runs for the program. */
        THREAD_BASE,
        /**
         * JDK code that works on objects its caller hands it: the collections framework (views,
         * wrappers, iterators, spliterators), streams, functional interfaces' default methods and
         * {@code java.util.concurrent}.
         */
        PASSES_ALONG,
        /** Any other JDK code: linkage, class loading, an internal cache. */
        JDK_OWN
    }

    private static final ClassValue<Caller> CALLERS = new ClassValue<>() {
        @Override
        protected Caller computeValue(Class<?> type) {
            if (!jdk(type)) {
                return interleave(type) ? Caller.INTERLEAVE : Caller.PROGRAM;
            }
            if (type == Thread.class || type.getName().equals("java.lang.VirtualThread")
                    || type.getName().startsWith("jdk.internal.vm.Continuation")) {
                return Caller.THREAD_BASE;
            }
            return passesObjectsAlong(type) ? Caller.PASSES_ALONG : Caller.JDK_OWN;
        }
    };

    private static boolean passesObjectsAlong(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.util.concurrent.") || name.startsWith("java.util.stream.")
                || name.startsWith("java.util.function.") || type == Collections.class || type == Arrays.class
                || (name.startsWith("java.util.") && (Iterable.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type)
                        || Spliterator.class.isAssignableFrom(type) || name.startsWith("java.util.Spliterators")))
                || type == Iterable.class;
    }

    private static boolean jdk(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return (loader == null || loader == PLATFORM) && !type.getName().startsWith("dev.interleave.");
    }

    /**
     * Interleave's machinery, and its task API, which is not the program's memory either: the bridge,
     * the agent, and the classes that come from where this one does (the program's own, and tests, come from
     * elsewhere, whatever their package).
     */
    private static boolean interleave(Class<?> type) {
        // Interleave's uninstrumented classes come from more than one place: the agent's
        // transformers, which run on a task's thread whenever it loads a class and keep their
        // tables in ConcurrentHashMaps, from the agent's jar; the bridge from the boot class
        // path; the JUnit extension, whose FreshExecution starts every test method's execution,
        // from a jar of its own.
        InterleaveClasses.Role role = InterleaveClasses.roleOfBinaryName(type.getName());
        return (role != InterleaveClasses.Role.PROGRAM && !role.instrumented())
                || (type.getName().startsWith("dev.interleave.") && sameCodeSource(type, JdkCodeGate.class));
    }

    private static boolean sameCodeSource(Class<?> a, Class<?> b) {
        java.security.CodeSource first = a.getProtectionDomain().getCodeSource();
        java.security.CodeSource second = b.getProtectionDomain().getCodeSource();
        return first != null && second != null && java.util.Objects.equals(first.getLocation(), second.getLocation());
    }
}
