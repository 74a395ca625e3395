package dev.interleave.bridge;

/**
 * The first program class that could not be instrumented. A class loaded without instrumentation
 * runs uncontrolled (no scheduling points, no race detection), and a run that used it could pass
 * for the wrong reason: the runtime refuses every run once one is recorded (Lincheck on JDK 25
 * passes everything because its ASM rejects the class files; Interleave says so instead).
 */
public final class InstrumentationFailures {

    private static volatile String first;

    private InstrumentationFailures() {
    }

    public static synchronized void record(String className, Throwable error) {
        if (first == null) {
            first = className.replace('/', '.') + ": " + error;
        }
    }

    /** The class and the error, or null when every class was instrumented. */
    public static String first() {
        return first;
    }
}
