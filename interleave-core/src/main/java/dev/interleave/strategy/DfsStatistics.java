package dev.interleave.strategy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a depth-first search says about its space: whether it ran every schedule within its delay
 * bound, the branches the bound cut, and, when its partial-order reduction was on, the branches it
 * skipped (each one or more schedules that only reorder independent steps of one that ran).
 *
 * @param delayBound most delays per schedule, {@code Integer.MAX_VALUE} for none
 */
public record DfsStatistics(boolean exhausted, int delayBound, long prunedByBound, boolean reduced,
                            long skippedByReduction, long frontier) implements SearchStatistics {

    @Override
    public boolean systematic() {
        return true;
    }

    @Override
    public String details() {
        return (delayBound == Integer.MAX_VALUE ? "" : " (delay bound " + delayBound + ")")
                + (reduced ? ", " + skippedByReduction + " branches skipped by the reduction" : "");
    }

    @Override
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (delayBound != Integer.MAX_VALUE) {
            figures.put("delayBound", delayBound);
            figures.put("prunedByBound", prunedByBound);
        }
        figures.put("reduction", reduced);
        figures.put("skippedByReduction", skippedByReduction);
        return figures;
    }
}
