package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * A test whose step never ends (a native read of a named pipe that no one writes, named by the
 * system property {@code interleave.test.fifo}), beside one that passes: the first fails at its time
 * limit with what ran, and the second still runs.
 */
public class StuckSample {

    @InterleaveTest(timeLimit = "1s")
    void readsAPipeNoOneWrites() throws IOException {
        System.out.println("about to read");
        try (FileInputStream in = new FileInputStream(System.getProperty("interleave.test.fifo"))) {
            in.read();
        }
    }

    @InterleaveTest(schedules = 3)
    void passes() {
    }
}
