package dev.interleave.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.Strategies;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selective uniform walk (a member of the default portfolio) starves no task. On JCTools'
 * MPSC queue a producer claims a slot, then fills it, while the consumer spins on that slot; held
 * back between the claim and the fill at every decision, the producer never ran again, and the
 * correct pipeline ended at the step limit as a livelock (schedule 1, seed 1) that it does not have.
 */
class SelectiveWalkOnLibrariesTest {

    @Test
    void aConsumerSpinningOnAClaimedSlotDoesNotStarveItsProducer() {
        ExploreOptions options = ExploreOptions.defaults(1).withStrategy(Strategies.SURW).withMode(Mode.PREEMPTIVE)
                .withSchedules(30).withMaxSteps(100_000);
        Exploration e = Interleave.exploreMain(Program.of(List.of(Path.of("target/classes")),
                "dev.interleave.realworld.jctools.EventPipelineFixed"), new String[0], options, ProgressListener.NONE);
        assertTrue(e.passed(), () -> e.found().orElseThrow().failure().summary());
        assertEquals(30, e.schedulesRun());
    }
}
