package dev.interleave.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page around the data: self-contained, and no text of the program's can end its script. */
class HtmlReportTest {

    private static final String HOSTILE = "{\"output\": [\"</script><script>alert(1)</script> <!-- & \u2028\"]}\n";

    @Test
    void thePageInlinesItsStyleScriptAndDataAndLoadsNothing() {
        String page = HtmlReport.page(HOSTILE);
        assertFalse(page.contains("/*INTERLEAVE:"), "a placeholder was left in the page");
        assertTrue(page.contains(".lanes"), "the style is inlined");
        assertTrue(page.contains("JSON.parse(document.getElementById('interleave-report')"), "the script is inlined");
        assertTrue(page.contains("default-src 'none'"), "the page may load nothing");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "the page refers to the network");
    }

    @Test
    void theProgramsTextCannotCloseTheDataScript() {
        String page = HtmlReport.page(HOSTILE);
        assertEquals(2, count(page, "</script>"), "only the page's own two script elements end");
        assertFalse(page.contains("<!-- &"), "a comment opener in the data");
        Matcher data = Pattern.compile("id=\"interleave-report\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(data.find());
        assertEquals("{\"output\": [\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028\"]}\n",
                data.group(1), "the data, escaped so that JSON.parse reads back the same text");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
