package dev.interleave;

/** The program to run cannot be: a class path entry, the class, or its main method is missing. */
public final class ProgramException extends RuntimeException {

    public ProgramException(String message) {
        super(message);
    }

    public ProgramException(String message, Throwable cause) {
        super(message, cause);
    }
}
