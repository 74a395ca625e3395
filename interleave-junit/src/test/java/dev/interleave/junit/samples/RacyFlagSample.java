package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.Mode;
import dev.interleave.TaskGroup;
import dev.interleave.junit.InterleaveTest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The motivating document's race as a test: three tasks check a flag, yield (asyncio's
 * {@code await asyncio.sleep(0)}), then set it. Run by the extension's tests, not by Surefire.
 * Cooperative, as asyncio: FIFO's first schedule fails, and the tests check its shrunk interleaving.
 */
public class RacyFlagSample {

    private boolean ran;

    @InterleaveTest(mode = Mode.COOPERATIVE)
    void onlyOneTaskSetsTheFlag() {
        AtomicInteger setters = new AtomicInteger();
        try (var group = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                group.fork(() -> {
                    if (!ran) {
                        Thread.yield();
                        ran = true;
                        setters.incrementAndGet();
                    }
                });
            }
        }
        assertEquals(1, setters.get(), "tasks that set the flag");
    }
}
