package dev.interleave.testprograms;

/**
 * Counts its runs in a static field. Run through {@code Interleave.runMain}, each execution loads
 * the class afresh, so it prints 1 every time; a shared class would print 1, 2, 3.
 */
public class StaticCounter {

    static int runs;

    public static void main(String[] args) {
        runs++;
        System.out.println(runs);
    }

    /** The count of this copy of the class. */
    public static int runs() {
        return runs;
    }
}
