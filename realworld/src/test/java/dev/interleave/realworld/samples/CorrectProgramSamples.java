package dev.interleave.realworld.samples;

import dev.interleave.junit.InterleaveTest;
import dev.interleave.realworld.caffeine.PriceCacheFixed;
import dev.interleave.realworld.disruptor.TickSumFixed;
import dev.interleave.realworld.guava.AccountFeesFixed;
import dev.interleave.realworld.guava.QuoteServiceFixed;
import dev.interleave.realworld.jackson.SharedMapperFixed;
import dev.interleave.realworld.jctools.EventPipelineFixed;
import dev.interleave.realworld.jdk.InventoryFixed;
import dev.interleave.realworld.jdk.LedgerJdbcFixed;
import dev.interleave.realworld.pool2.ConnectionPoolFixed;

/**
 * The correct real-world programs as {@code @InterleaveTest} methods: each must pass every schedule it tries. Run by
 * {@code InterleaveTestOnLibrariesTest} through the Jupiter engine, not by Surefire; one method per
 * program of that kind in programs.tsv, named after it.
 */
public class CorrectProgramSamples {

    @InterleaveTest(schedules = 50, seed = 1)
    void priceCacheFixed() throws Exception {
        PriceCacheFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void connectionPoolFixed() throws Exception {
        ConnectionPoolFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void quoteServiceFixed() throws Exception {
        QuoteServiceFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void accountFeesFixed() throws Exception {
        AccountFeesFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void eventPipelineFixed() throws Exception {
        EventPipelineFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void sharedMapperFixed() throws Exception {
        SharedMapperFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void tickSumFixed() throws Exception {
        TickSumFixed.main(new String[0]);
    }

    @InterleaveTest(schedules = 50, seed = 1)
    void inventoryFixed() throws Exception {
        InventoryFixed.main(new String[0]);
    }

    // Derby runs thousands of steps an execution: a few schedules (programs.tsv's schedules=3).
    @InterleaveTest(schedules = 5, seed = 1)
    void ledgerJdbcFixed() throws Exception {
        LedgerJdbcFixed.main(new String[0]);
    }
}
