package dev.interleave;

import java.util.List;

/**
 * A task found blocked in a deadlock: what it waits for ({@code waitsFor}, e.g. a lock, a
 * monitor, a latch or a join), the task holding that, if known, and the task's stack.
 */
public record BlockedTask(String task, String waitsFor, String heldBy, List<StackTraceElement> stack) {

    public BlockedTask {
        stack = List.copyOf(stack);
    }
}
