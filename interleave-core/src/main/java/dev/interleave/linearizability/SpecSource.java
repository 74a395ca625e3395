package dev.interleave.linearizability;

/**
 * Where each execution gets the specification class from. The plain API uses the class it was
 * given; the JUnit form loads a fresh copy per execution, so that static state starts anew and the
 * class is instrumented whenever the agent came.
 */
@FunctionalInterface
public interface SpecSource {

    /** The class to test in the execution about to run (called inside it, on its main task). */
    Class<?> load() throws Exception;

    static SpecSource of(Class<?> spec) {
        return () -> spec;
    }
}
