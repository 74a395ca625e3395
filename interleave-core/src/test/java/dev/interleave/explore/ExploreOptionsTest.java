package dev.interleave.explore;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each wither changes its own setting and keeps every other one. */
class ExploreOptionsTest {

    @Test
    void everyWitherKeepsTheOtherSettings() {
        ExploreOptions options = ExploreOptions.defaults(7).withStrategy(Strategies.DFS).withSchedules(12)
                .withTimeLimit(Duration.ofSeconds(3)).withPctDepth(2).withDelayBound(1).withShard(1, 2)
                .withShrink(false).withCheckDeterminism(true).withReduction(false).withMode(Mode.SYNC);
        assertEquals(Strategies.DFS, options.strategy());
        assertEquals(12, options.schedules());
        assertEquals(7, options.seed());
        assertEquals(Duration.ofSeconds(3), options.timeLimit());
        assertEquals(2, options.pctDepth());
        assertEquals(1, options.delayBound());
        assertEquals(1, options.shardIndex());
        assertEquals(2, options.shardCount());
        assertEquals(Mode.SYNC, options.mode());
        assertFalse(options.shrink());
        assertEquals(true, options.checkDeterminism());
        assertFalse(options.reduction(), "withMode must keep the reduction off");
        assertEquals(List.of("/lib/x"), options.withMaxSteps(9).withInstrument(List.of("/lib/x")).instrument());
    }

    @Test
    void aShardIsWrittenIOverN() {
        ExploreOptions options = ExploreOptions.defaults(1).withShard("2/5");
        assertEquals(2, options.shardIndex());
        assertEquals(5, options.shardCount());
        var e = assertThrows(IllegalArgumentException.class, () -> options.withShard("2-5"));
        assertEquals("bad shard '2-5': expected I/N, as in 0/4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> options.withShard("5/5"));
    }
}
