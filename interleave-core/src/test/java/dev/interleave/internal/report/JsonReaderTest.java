package dev.interleave.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader reads back what {@link Json} writes, and refuses, with its line and column, every text
 * that is not one JSON value: a shard's result.json from another machine is merged whole or not at all.
 */
class JsonReaderTest {

    @Test
    void readsBackWhatTheWriterWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 arrow ➜ emoji \uD83D\uDE00");
        value.put("count", 12L);
        value.put("negative", -3L);
        value.put("big", Long.MAX_VALUE);
        value.put("yes", true);
        value.put("no", false);
        value.put("nothing", null);
        value.put("empty", Map.of());
        value.put("none", List.of());
        value.put("list", new ArrayList<>(Arrays.asList(1L, "two", null, List.of(Map.of("deep", "er")))));
        assertEquals(value, JsonReader.read(Json.write(value)));
    }

    @Test
    void readsWhatOtherToolsWrite() {
        assertEquals(Map.of("a", List.of(1.5, -2e3, 0L), "b", "é/\b\f\r"),
                JsonReader.read(" {\"a\":[1.5,-2E+3,0],\r\n\"b\":\"\\u00e9\\/\\b\\f\\r\"}\t"));
    }

    @Test
    void refusesWhatIsNotOneJsonValueSayingWhere() {
        assertEquals("not JSON at line 1, column 10: expected text after the JSON value", refusal("{\"a\": 1} {}"));
        assertEquals("not JSON at line 2, column 1: expected the key \"a\" once, not twice", refusal("{\"a\": 1,\n\"a\": 2}"));
        assertEquals("not JSON at line 1, column 4: expected no control character inside a string (escape it)",
                refusal("[\"a\tb\"]"));
        assertEquals("not JSON at line 1, column 3: expected ']'", refusal("[01]"));
        assertEquals("not JSON at line 1, column 4: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after the backslash",
                refusal("[\"\\x\"]"));
        assertEquals("not JSON at line 1, column 6: expected the closing double quote of a string", refusal("[\"abc"));
        assertEquals("not JSON at line 1, column 2: expected a value (an object, array, string, number, true, false or null)",
                refusal("[tru]"));
        assertEquals("not JSON at line 1, column 5: expected a value (an object, array, string, number, true, false or null)",
                refusal("[1, ]"));
        assertEquals("not JSON at line 1, column 1: expected a value, not the end of the text", refusal(""));
        assertEquals("not JSON at line 1, column 2: expected a key in double quotes", refusal("{a: 1}"));
        assertEquals("not JSON at line 1, column 2: expected an integer that fits in 64 bits",
                refusal("[99999999999999999999]"));
        assertEquals("not JSON at line 1, column 258: expected at most 256 levels of nesting", refusal("[".repeat(300)));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> JsonReader.read(text)).getMessage();
    }
}
