package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.testprograms.ProcessorCounts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run sees the same processors on every machine, so that pools are as large and parallel work
 * splits the same way wherever a schedule is replayed: checked in JVMs told they have five
 * processors, then one.
 */
class FixedProcessorsTest {

    @Test
    void poolsAndParallelStreamsAreSizedTheSameWhateverTheMachine() throws Exception {
        for (int processors : new int[] {5, 1}) {
            FreshJvm.Outcome outcome = FreshJvm.run(List.of("-XX:ActiveProcessorCount=" + processors),
                    ProcessorCounts.class, Duration.ofMinutes(2));
            assertEquals(List.of("processors 2, new pool 2, common pool 2, stream leaves 8"), outcome.lines(),
                    processors + " processors");
        }
    }
}
