package dev.interleave.junit;

/** An {@code @InterleaveTest} that cannot run as written: the message says what to change. */
final class ConfigurationException extends RuntimeException {

    ConfigurationException(String message) {
        super(message);
    }
}
