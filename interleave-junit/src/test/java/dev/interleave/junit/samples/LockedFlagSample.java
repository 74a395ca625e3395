package dev.interleave.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.TaskGroup;
import dev.interleave.junit.InterleaveTest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The document's fix: the check-and-set under a lock. It also shows that every execution has a
 * fresh instance: a flag left set by an earlier execution would leave no task to set it.
 */
public class LockedFlagSample {

    private final ReentrantLock lock = new ReentrantLock();
    private boolean ran;

    @InterleaveTest
    void onlyOneTaskSetsTheFlag() {
        AtomicInteger setters = new AtomicInteger();
        try (var group = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                group.fork(() -> {
                    lock.lock();
                    try {
                        if (!ran) {
                            Thread.yield();
                            ran = true;
                            setters.incrementAndGet();
                        }
                    } finally {
                        lock.unlock();
                    }
                });
            }
        }
        assertEquals(1, setters.get(), "tasks that set the flag");
    }

    @InterleaveTest(strategy = Strategies.DFS, mode = Mode.COOPERATIVE)
    void exhaustively() {
        onlyOneTaskSetsTheFlag();
    }
}
