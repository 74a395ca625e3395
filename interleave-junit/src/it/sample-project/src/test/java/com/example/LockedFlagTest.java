package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.TaskGroup;
import dev.interleave.junit.InterleaveTest;
import java.util.concurrent.atomic.AtomicInteger;

/** The document's fix: the check-and-set under a lock, which every schedule respects. */
class LockedFlagTest {

    private final Object lock = new Object();
    private boolean ran;

    @InterleaveTest
    void onlyOneTaskSetsTheFlag() {
        AtomicInteger setters = new AtomicInteger();
        try (var group = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                group.fork(() -> {
                    synchronized (lock) {
                        if (!ran) {
                            Thread.yield();
                            ran = true;
                            setters.incrementAndGet();
                        }
                    }
                });
            }
        }
        assertEquals(1, setters.get(), "tasks that set the flag");
    }
}
