package dev.interleave.internal.runtime;

/** A value as a trace shows it: numbers and booleans as they print, strings quoted, objects by name. */
final class ValueText {

    private static final int MAX_STRING = 40;

    private ValueText() {
    }

    static String of(Object value, ObjectNames names) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() > MAX_STRING ? s.substring(0, MAX_STRING) + "…" : s) + "\"";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof Double
                || value instanceof Float || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Character c) {
            return "'" + c + "'";
        }
        return names.of(value);
    }
}
