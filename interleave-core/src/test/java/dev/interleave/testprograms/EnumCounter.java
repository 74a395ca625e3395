package dev.interleave.testprograms;

/** Uses an enum: each execution must still start with fresh static state. */
public class EnumCounter {

    enum Color { RED, GREEN }

    static int runs;

    public static void main(String[] args) {
        runs++;
        System.out.println(runs + " " + Color.valueOf("GREEN").ordinal() + " " + Color.values().length);
        if (runs != 1) {
            throw new AssertionError("static state carried over: runs = " + runs);
        }
    }
}
