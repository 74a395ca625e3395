package dev.interleave.testprograms;

/** A class without a main method: {@code Program.of} must refuse it. */
public class NoMain {

    public static void notMain(String[] args) {
        System.out.println("never run");
    }
}
