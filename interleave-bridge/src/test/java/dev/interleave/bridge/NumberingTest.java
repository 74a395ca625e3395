package dev.interleave.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers are handed out in order from 0, and every entry stays readable as the table grows. */
class NumberingTest {

    @Test
    void numbersInOrderAndKeepsEveryEntryAcrossGrowth() {
        Numbering<String> numbering = new Numbering<>();
        // Past the first table's 64 entries, twice over.
        for (int i = 0; i < 300; i++) {
            assertEquals(i, numbering.register("entry " + i));
        }
        for (int i = 0; i < 300; i++) {
            assertEquals("entry " + i, numbering.get(i));
        }
    }
}
