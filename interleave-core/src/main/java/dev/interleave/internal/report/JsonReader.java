package dev.interleave.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (RFC 8259) into maps, lists, strings, numbers, booleans and null: the other half of
 * {@link Json}, for {@code bin/interleave merge} to read the shards' {@code result.json}. Strict,
 * because those files come from other machines and a half-read file must not merge: anything that
 * is not one JSON value (trailing text, a duplicated key, a control character in a string, a
 * number such as {@code 01}) is refused with its line and column. Integers read as {@code Long},
 * other numbers as {@code Double}.
 */
final class JsonReader {

    /** Deeper nesting is refused, not a stack overflow (no result file nests more than a few levels). */
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException saying where the text stops being JSON */
    static Object read(String text) {
        JsonReader reader = new JsonReader(text);
        reader.space();
        Object value = reader.value(0);
        reader.space();
        if (reader.at < text.length()) {
            throw reader.error("text after the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("at most " + MAX_DEPTH + " levels of nesting");
        }
        if (at >= text.length()) {
            throw error("a value, not the end of the text");
        }
        return switch (text.charAt(at)) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (take('}')) {
            return map;
        }
        do {
            space();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw error("a key in double quotes");
            }
            int keyAt = at;
            String key = string();
            space();
            expect(':');
            space();
            Object value = value(depth + 1);
            if (map.containsKey(key)) {
                at = keyAt;
                throw error("the key \"" + key + "\" once, not twice");
            }
            map.put(key, value);
            space();
        } while (take(','));
        expect('}');
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (take(']')) {
            return list;
        }
        do {
            space();
            list.add(value(depth + 1));
            space();
        } while (take(','));
        expect(']');
        return list;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("the closing double quote of a string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("no control character inside a string (escape it)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("an escape after the backslash");
            }
            char escape = text.charAt(at++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9A-Fa-f]{4}")) {
                        throw error("four hex digits after \\u");
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> {
                    at--;
                    throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after the backslash");
                }
            }
        }
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Object number() {
        java.util.regex.Matcher matcher = NUMBER.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            throw error("a value (an object, array, string, number, true, false or null)");
        }
        String number = matcher.group();
        at = matcher.end();
        if (matcher.group(2) == null && matcher.group(3) == null) {
            BigDecimal exact = new BigDecimal(number);
            try {
                return exact.longValueExact();
            } catch (ArithmeticException e) {
                at -= number.length();
                throw error("an integer that fits in 64 bits");
            }
        }
        return Double.parseDouble(number);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("a value (an object, array, string, number, true, false or null)");
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException("not JSON at line " + line + ", column " + (at - lineStart + 1)
                + ": expected " + expected);
    }
}
