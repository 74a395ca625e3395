package dev.interleave.linearizability;

/** How values print in scenarios and messages: strings quoted, so that {@code "null"} is not {@code null}. */
final class Results {

    private Results() {
    }

    static String text(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
