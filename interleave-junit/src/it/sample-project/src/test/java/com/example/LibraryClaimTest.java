package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lib.Claim;
import dev.interleave.TaskGroup;
import dev.interleave.junit.InterleaveTest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race is inside a library's jar, and this class has a field of the library's type: JUnit
 * loads {@code Claim} while it discovers the class, before the extension can attach the agent.
 * Run uninstrumented, {@code Claim.take} would have no switch between its check and its set, and
 * this test would pass.
 */
class LibraryClaimTest {

    private final Claim claim = new Claim();

    @InterleaveTest
    void onlyOneTaskTakesTheClaim() {
        AtomicInteger takers = new AtomicInteger();
        try (var group = new TaskGroup()) {
            for (int i = 0; i < 2; i++) {
                group.fork(() -> {
                    if (claim.take()) {
                        takers.incrementAndGet();
                    }
                });
            }
        }
        assertEquals(1, takers.get(), "tasks that took the claim");
    }
}
