package dev.interleave.schedule;

/** A schedule token or file that cannot be used: malformed, of another version, or for another program. */
public final class BadScheduleException extends RuntimeException {

    public BadScheduleException(String message) {
        super(message);
    }
}
