package dev.interleave.internal.report;

import dev.interleave.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps a report shows: all of them, or for a very long execution (a livelock that ran to the
 * step limit has a million) its beginning and its end, where the failure is. Each step keeps its
 * number, so the gap shows.
 */
final class ShownSteps {

    /** Most steps a report shows. */
    static final int MOST = 2_000;
    /** Of those, how many from the beginning. */
    static final int HEAD = 100;

    private ShownSteps() {
    }

    static List<Step> of(List<Step> steps) {
        if (steps.size() <= MOST) {
            return steps;
        }
        List<Step> shown = new ArrayList<>(steps.subList(0, HEAD));
        shown.addAll(steps.subList(steps.size() - (MOST - HEAD), steps.size()));
        return shown;
    }

    /** How many steps {@link #of} leaves out. */
    static int omitted(List<Step> steps) {
        return Math.max(0, steps.size() - MOST);
    }
}
