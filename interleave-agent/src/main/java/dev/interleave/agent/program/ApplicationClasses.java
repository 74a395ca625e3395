package dev.interleave.agent.program;

import dev.interleave.bridge.InstrumentationFailures;
import dev.interleave.bridge.InterleaveClasses;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;

/**
 * Instruments application classes as they load, so that code run with {@code Interleave.run}
 * from a test behaves as it does when Interleave loads the program itself. Leaves out the JDK,
 * Interleave's classes that {@link InterleaveClasses} says are not instrumented (its public API,
 * such as {@code TaskGroup}, runs inside tasks and is instrumented like the program), test
 * frameworks and build tools, and the program class loader of Interleave, which instruments (once,
 * with a cache) on its own.
 */
public final class ApplicationClasses implements ClassFileTransformer {

    /**
     * Not Interleave's, and not the program's: the JDK, test frameworks and build tools. Interleave's
     * own classes are told by {@link InterleaveClasses}.
     */
    private static final List<String> SKIPPED_PREFIXES = List.of(
            "java/", "javax/", "jdk/", "sun/", "com/sun/",
            "org/junit/", "junit/", "org/opentest4j/", "org/apiguardian/", "org/apache/maven/",
            "org/codehaus/plexus/", "picocli/", "org/openjdk/jmh/");

    private static final String PROGRAM_LOADER = "dev.interleave.internal.runtime.ProgramClassLoader";

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] bytes) {
        if (loader == null || className == null || redefined != null || skipped(className)
                || loader.getClass().getName().equals(PROGRAM_LOADER)) {
            return null;
        }
        try {
            return ProgramInstrumenter.instrument(bytes);
        } catch (Throwable e) {
            // A transformer's exception is swallowed by the JVM: record it, so that runs fail loudly.
            InstrumentationFailures.record(className, e);
            return null;
        }
    }

    /**
     * The classes already loaded that this transformer would have instrumented had it been there:
     * an agent attached while the JVM runs comes after them, and a retransformation cannot add
     * the fields and methods that instrumentation adds.
     */
    public static List<Class<?>> missed(Class<?>[] loaded) {
        List<Class<?>> missed = new ArrayList<>();
        for (Class<?> type : loaded) {
            ClassLoader loader = type.getClassLoader();
            if (loader != null && !type.isArray() && !type.isPrimitive() && !type.isHidden()
                    && !loader.getClass().getName().equals(PROGRAM_LOADER)
                    && !skipped(type.getName().replace('.', '/'))) {
                missed.add(type);
            }
        }
        return missed;
    }

    private static boolean skipped(String className) {
        if (!InterleaveClasses.role(className).instrumented()) {
            return true;
        }
        for (String prefix : SKIPPED_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
