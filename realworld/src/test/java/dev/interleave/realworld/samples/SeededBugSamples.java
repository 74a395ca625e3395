package dev.interleave.realworld.samples;

import dev.interleave.junit.InterleaveTest;
import dev.interleave.realworld.caffeine.PriceCacheBug;
import dev.interleave.realworld.guava.AccountFeesBug;
import dev.interleave.realworld.jctools.EventPipelineBug;
import dev.interleave.realworld.jdk.InventoryBug;
import dev.interleave.realworld.jdk.LedgerJdbcBug;
import dev.interleave.realworld.pool2.ConnectionLeakBug;

/**
 * The programs with a seeded bug as {@code @InterleaveTest} methods: each must fail, naming its bug. Run by
 * {@code InterleaveTestOnLibrariesTest} through the Jupiter engine, not by Surefire; one method per
 * program of that kind in programs.tsv, named after it.
 */
public class SeededBugSamples {

    @InterleaveTest(schedules = 1000, seed = 1)
    void priceCacheBug() throws Exception {
        PriceCacheBug.main(new String[0]);
    }

    @InterleaveTest(schedules = 1000, seed = 1)
    void connectionLeakBug() throws Exception {
        ConnectionLeakBug.main(new String[0]);
    }

    @InterleaveTest(schedules = 1000, seed = 1)
    void accountFeesBug() throws Exception {
        AccountFeesBug.main(new String[0]);
    }

    @InterleaveTest(schedules = 1000, seed = 1)
    void eventPipelineBug() throws Exception {
        EventPipelineBug.main(new String[0]);
    }

    @InterleaveTest(schedules = 1000, seed = 1)
    void inventoryBug() throws Exception {
        InventoryBug.main(new String[0]);
    }

    @InterleaveTest(schedules = 1000, seed = 1)
    void ledgerJdbcBug() throws Exception {
        LedgerJdbcBug.main(new String[0]);
    }
}
