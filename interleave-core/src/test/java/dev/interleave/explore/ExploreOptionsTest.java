package dev.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each wither changes its own setting and keeps every other one. */
class ExploreOptionsTest {

    @Test
    void everyWitherKeepsTheOtherSettings() {
        ExploreOptions options = ExploreOptions.defaults(7).withStrategy("dfs").withSchedules(12)
                .withTimeLimit(Duration.ofSeconds(3)).withPctDepth(2).withPreemptionBound(1).withShard(1, 2)
                .withShrink(false).withCheckDeterminism(true).withReduction(false).withMode("sync");
        assertEquals("dfs", options.strategy());
        assertEquals(12, options.schedules());
        assertEquals(7, options.seed());
        assertEquals(Duration.ofSeconds(3), options.timeLimit());
        assertEquals(2, options.pctDepth());
        assertEquals(1, options.preemptionBound());
        assertEquals(1, options.shardIndex());
        assertEquals(2, options.shardCount());
        assertEquals("sync", options.mode());
        assertFalse(options.shrink());
        assertEquals(true, options.checkDeterminism());
        assertFalse(options.reduction(), "withMode must keep the reduction off");
    }
}
