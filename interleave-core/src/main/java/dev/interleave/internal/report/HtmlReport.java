package dev.interleave.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A failure as one self-contained web page: report.json's data inlined into a page (template,
 * style and script are resources beside this class) that draws the interleaving as swimlanes. The
 * page loads nothing: its content security policy forbids any request, so it opens the same from
 * a CI artifact, a mail attachment or a machine without network.
 */
public final class HtmlReport {

    private static final String STYLE = "/*INTERLEAVE:STYLE*/";
    private static final String SCRIPT = "/*INTERLEAVE:SCRIPT*/";
    private static final String DATA = "/*INTERLEAVE:DATA*/";

    private HtmlReport() {
    }

    public static String of(FailureReport report) {
        return page(JsonReport.of(report));
    }

    /** The page for report.json's text; the data goes in last, so nothing in it is taken for a placeholder. */
    static String page(String json) {
        return resource("report.html")
                .replace(STYLE, resource("report.css"))
                .replace(SCRIPT, resource("report.js"))
                .replace(DATA, scriptSafe(json));
    }

    /**
     * JSON that can sit inside a script element: program output and messages may hold
     * {@code </script>} or {@code <!--}. Outside strings JSON has none of these characters, and
     * inside strings their escapes parse back to the same text.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report page's " + name + " is missing from Interleave's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report page's " + name + ": " + e.getMessage(), e);
        }
    }
}
