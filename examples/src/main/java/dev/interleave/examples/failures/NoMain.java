package dev.interleave.examples.failures;

/** Not a program: it has no main method (the command line's bad-input tests use it). */
public final class NoMain {

    private NoMain() {
    }
}
