package dev.interleave;

import java.util.List;

/** A task's stack at the moment an execution failed. */
public record TaskStack(String task, List<StackTraceElement> frames) {

    public TaskStack {
        frames = List.copyOf(frames);
    }
}
