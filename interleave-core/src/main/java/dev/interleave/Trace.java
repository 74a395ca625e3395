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

    /** Every event of the trace, in the order they took effect. */
    public List<Event> events() {
        return steps.stream().flatMap(step -> step.events().stream()).toList();
    }

    /** The trace, a step a line, each with the events that took effect in it. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step).append('\n');
            for (Event event : step.events()) {
                text.append("      ").append(event).append('\n');
            }
        }
        return text.toString();
    }
}
