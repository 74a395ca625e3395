package dev.interleave.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A source line prints as a stack trace element does, with and without its file and line. */
class SourceLineTest {

    @Test
    void printsAsAStackTraceElement() {
        SourceLine line = new SourceLine("com.example.Outer$Inner", "run", "Outer.java", 42);
        assertEquals("Outer$Inner.run(Outer.java:42)", line.text());
        assertEquals(new StackTraceElement("com.example.Outer$Inner", "run", "Outer.java", 42).toString()
                .replace("com.example.", ""), line.text());
    }

    @Test
    void withoutALineOrAFile() {
        assertEquals("Outer.run(Outer.java)", new SourceLine("com.example.Outer", "run", "Outer.java", 0).text());
        assertEquals("Outer.run(Unknown Source)", new SourceLine("com.example.Outer", "run", "", 42).text());
    }

    @Test
    void aClassOfTheUnnamedPackage() {
        assertEquals("Main.main(Main.java:3)", new SourceLine("Main", "main", "Main.java", 3).text());
    }
}
