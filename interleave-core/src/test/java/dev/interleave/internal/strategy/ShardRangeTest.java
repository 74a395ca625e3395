package dev.interleave.internal.strategy;

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

    @Test
    void byEstimatesALargeOptionGetsPiecesInProportionAndSmallOnesShareOne() {
        ShardRange[] dealt = new ShardRange(4, 12).deal(options(0, 2, 3), new double[] {60, 0, 10, 10});
        assertEquals(new ShardRange(4, 10), dealt[0]);
        assertNull(dealt[1]);
        assertEquals(new ShardRange(10, 11), dealt[2]);
        assertEquals(new ShardRange(11, 12), dealt[3]);
        ShardRange[] tiny = new ShardRange(0, 2).deal(options(0, 1, 2, 3, 4), new double[] {1, 1, 1, 1, 100});
        for (int option = 0; option < 4; option++) {
            assertEquals(new ShardRange(0, 1), tiny[option], "option " + option);
        }
        assertEquals(new ShardRange(0, 2), tiny[4]);
    }

    @Test
    void byEstimatesEveryPieceGetsAnOptionAndEveryOptionAPiece() {
        double[][] guesses = {{1}, {1, 1}, {5, 1, 1}, {1, 1, 1, 1, 1, 1, 1}, {1e6, 1, 1e3, 2}, {3, 3, 3}};
        for (double[] estimates : guesses) {
            for (int pieces = 1; pieces <= 9; pieces++) {
                BitSet explorable = new BitSet();
                explorable.set(0, estimates.length);
                ShardRange[] dealt = new ShardRange(0, pieces).deal(explorable, estimates);
                BitSet covered = new BitSet();
                for (ShardRange range : dealt) {
                    assertTrue(range != null && range.lo() >= 0 && range.hi() <= pieces);
                    covered.set(range.lo(), range.hi());
                }
                assertEquals(pieces, covered.cardinality(), pieces + " pieces, estimates " + java.util.Arrays.toString(estimates));
            }
        }
    }
}
