package dev.interleave.testprograms;

/**
 * Tells whether this execution runs the same class as the previous one (a shared class loader, its
 * static state reset) or a new copy of it (a fresh loader), through a system property, which
 * outlives an execution; and counts its runs in a static field, which must not.
 */
public class SharedLoaderWitness {

    private static final String KEY = "interleave.test.witness";
    static int runs;

    public static void main(String[] args) {
        runs++;
        Object previous = System.getProperties().put(KEY, SharedLoaderWitness.class);
        String loader = previous == null ? "first" : previous == SharedLoaderWitness.class ? "same class" : "new class";
        System.out.println(runs + " " + loader);
        if (runs != 1) {
            throw new AssertionError("static state carried over: runs = " + runs);
        }
    }
}
