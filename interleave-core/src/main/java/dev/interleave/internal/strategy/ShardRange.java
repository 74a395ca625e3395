package dev.interleave.internal.strategy;

import java.util.BitSet;

/**
 * The shards {@code [lo, hi)} that share a decision of a split depth-first search (with the
 * reduction, the pieces of the tree: {@link DfsStrategy} gives each shard several), and how they
 * deal its options out. Every shard of the range reaches the decision by the same path and sees the
 * same options, so each computes the same deal without talking to the others. With estimates of
 * the options' subtrees, the deal is in proportion to them. Without, with at least as many
 * options as shards, each option goes to one shard, dealt back and forth (0, 1, 2, 2, 1, 0, ...)
 * because the first options' subtrees tend to be the largest (later ones start with more tasks
 * asleep); with fewer, each option gets a run of shards that deal its subtree again one decision down.
 */
record ShardRange(int lo, int hi) {

    ShardRange {
        if (lo < 0 || hi <= lo) {
            throw new IllegalArgumentException("empty shard range [" + lo + ", " + hi + ")");
        }
    }

    int size() {
        return hi - lo;
    }

    boolean contains(int shard) {
        return lo <= shard && shard < hi;
    }

    /** Per option, the shards that take its subtree, or null for an option no shard explores. */
    ShardRange[] deal(BitSet explorable, int options) {
        ShardRange[] ranges = new ShardRange[options];
        int count = explorable.cardinality();
        int shards = size();
        int k = 0;
        int next = lo;
        for (int option = explorable.nextSetBit(0); option >= 0; option = explorable.nextSetBit(option + 1), k++) {
            if (count >= shards) {
                int round = k / shards;
                int position = k % shards;
                int shard = lo + (round % 2 == 0 ? position : shards - 1 - position);
                ranges[option] = new ShardRange(shard, shard + 1);
            } else {
                int width = shards / count + (k < shards % count ? 1 : 0);
                ranges[option] = new ShardRange(next, next + width);
                next += width;
            }
        }
        return ranges;
    }

    /**
     * Per option, the pieces that take its subtree, or null for an option no shard explores: the
     * range is cut in proportion to the options' estimated sizes, in order, and an option gets the
     * pieces whose middles fall in its cut; an option whose cut holds no middle shares the piece
     * where its cut's middle falls with its neighbours.
     */
    ShardRange[] deal(BitSet explorable, double[] estimates) {
        ShardRange[] ranges = new ShardRange[estimates.length];
        double total = 0;
        for (int option = explorable.nextSetBit(0); option >= 0; option = explorable.nextSetBit(option + 1)) {
            total += estimates[option];
        }
        int shards = size();
        double sum = 0;
        for (int option = explorable.nextSetBit(0); option >= 0; option = explorable.nextSetBit(option + 1)) {
            double from = shards * sum / total;
            sum += estimates[option];
            double to = explorable.nextSetBit(option + 1) < 0 ? shards : shards * sum / total;
            int first = (int) Math.ceil(from - 0.5);
            int end = (int) Math.ceil(to - 0.5);
            if (end > first) {
                ranges[option] = new ShardRange(lo + first, lo + end);
            } else {
                int piece = Math.min(shards - 1, (int) ((from + to) / 2));
                ranges[option] = new ShardRange(lo + piece, lo + piece + 1);
            }
        }
        return ranges;
    }
}
