package dev.interleave.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** How the shards that share a decision deal its options out. */
class ShardRangeTest {

    private static BitSet options(int... indexes) {
        BitSet set = new BitSet();
        for (int i : indexes) {
            set.set(i);
        }
        return set;
    }

    @Test
    void withAsManyOptionsAsShardsEachOptionGoesToOneShardBackAndForth() {
        ShardRange[] dealt = new ShardRange(0, 3).deal(options(0, 1, 2, 3, 4, 5, 6), 7);
        int[] expected = {0, 1, 2, 2, 1, 0, 0};
        for (int option = 0; option < 7; option++) {
            assertEquals(new ShardRange(expected[option], expected[option] + 1), dealt[option], "option " + option);
        }
    }

    @Test
    void withFewerOptionsThanShardsEachOptionGetsARunOfShards() {
        ShardRange[] dealt = new ShardRange(2, 7).deal(options(1, 3), 4);
        assertNull(dealt[0]);
        assertEquals(new ShardRange(2, 5), dealt[1]);
        assertNull(dealt[2]);
        assertEquals(new ShardRange(5, 7), dealt[3]);
    }

    @Test
    void everyShardGetsWorkAndEveryOptionAShard() {
        for (int shards = 1; shards <= 6; shards++) {
            for (int count = 1; count <= 8; count++) {
                BitSet explorable = new BitSet();
                explorable.set(0, count);
                ShardRange[] dealt = new ShardRange(0, shards).deal(explorable, count);
                for (int shard = 0; shard < shards; shard++) {
                    boolean some = false;
                    for (ShardRange range : dealt) {
                        assertTrue(range != null && range.lo() >= 0 && range.hi() <= shards);
                        some |= range.contains(shard);
                    }
                    assertTrue(some, "shard " + shard + " of " + shards + " with " + count + " options has nothing");
                }
            }
        }
    }
}
