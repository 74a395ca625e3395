package dev.interleave;

/**
 * Interleave itself failed while running a program: its own machinery, not the program, is at
 * fault, so no verdict about the program can be given. It is never reported as the program's
 * failure: the command line says so and exits with status 3, a test fails with it as the cause.
 */
public final class InterleaveFault extends RuntimeException {

    public InterleaveFault(String message, Throwable cause) {
        super(message, cause);
    }

    public InterleaveFault(String message) {
        super(message);
    }

    /** The fault in {@code error}'s chain of causes (the program may have wrapped it), or null. */
    public static InterleaveFault in(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof InterleaveFault fault) {
                return fault;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }
}
