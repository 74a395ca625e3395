package dev.interleave;

import java.util.List;

/** The steps of one execution, in order. Two runs of the same schedule give equal traces. */
public record Trace(List<Step> steps) {

    public Trace {
        steps = List.copyOf(steps);
    }

    public int size() {
        return steps.size();
    }

    /** The trace, a step a line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step).append('\n');
        }
        return text.toString();
    }
}
