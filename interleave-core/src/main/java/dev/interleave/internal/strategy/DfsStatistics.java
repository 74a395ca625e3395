package dev.interleave.internal.strategy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a depth-first search says about its space: whether it ran every schedule within its delay
 * bound, the branches the bound cut, and, when its partial-order reduction was on, the branches it
 * skipped (each one or more schedules that only reorder independent steps of one that ran).
 *
 * A shard of a reduced search also says how many of its schedules it ran only to deal the tree
 * out with the other shards ({@code surveys}: each repeats one of the shard that searches there),
 * and whether its part was empty (the tree too small to give every shard a part).
 *
 * @param delayBound most delays per schedule, {@code Integer.MAX_VALUE} for none
 */
public record DfsStatistics(boolean exhausted, int delayBound, long prunedByBound, boolean reduced,
                            long skippedByReduction, long frontier, long surveys, boolean emptyPart)
        implements SearchStatistics {

    /** A search that shared no decision with other shards. */
    public DfsStatistics(boolean exhausted, int delayBound, long prunedByBound, boolean reduced, long skippedByReduction,
                         long frontier) {
        this(exhausted, delayBound, prunedByBound, reduced, skippedByReduction, frontier, 0, false);
    }

    @Override
    public boolean systematic() {
        return true;
    }

    @Override
    public String details() {
        return (delayBound == Integer.MAX_VALUE ? "" : " (delay bound " + delayBound + ")")
                + (reduced ? ", " + skippedByReduction + " branches skipped by the reduction" : "")
                + (surveys > 0 ? ", " + surveys + (surveys == 1 ? " schedule" : " schedules") + " run to deal the tree out" : "")
                + (emptyPart ? "; this shard's part is empty: the tree is too small to give every shard a part" : "");
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
