package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.junit.InterleaveTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInfo;

/**
 * Passes only if every execution starts anew: its class's static fields, its instance, and its
 * {@code @BeforeEach}, with the test method's parameters resolved by JUnit.
 */
public class FreshStateSample {

    private static int executions;
    private final StringBuilder log = new StringBuilder();

    @BeforeEach
    void prepare() {
        log.append("before;");
    }

    @InterleaveTest(schedules = 20)
    void everyExecutionStartsAnew(TestInfo info) {
        executions++;
        assertEquals(1, executions, "executions seen by this copy of the class");
        assertEquals("before;", log.toString());
        assertEquals("everyExecutionStartsAnew", info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() {
        assertTrue(log.toString().startsWith("before;"));
    }

    @Nested
    class Inner {

        @InterleaveTest(schedules = 5)
        void anInnerClassGetsAFreshEnclosingInstanceToo() {
            executions++;
            assertEquals(1, executions, "executions seen by this copy of the class");
            assertEquals("", log.toString(), "the enclosing instance is new and its @BeforeEach is not run");
        }
    }
}
