package dev.interleave.examples.jdk;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.ExplorationSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDK's classes are trusted as a whole unless a run names one to instrument as program code:
 * then the bug inside {@code ConcurrentLinkedDeque} shows in sync and preemptive modes; trusted, the
 * deque passes an exhaustive search, whose summary says what it trusted.
 */
class ConcurrentLinkedDequeBugTest {

    private static final String DEQUE = "java.util.concurrent.ConcurrentLinkedDeque";

    private static Exploration explore(ExploreOptions options) {
        Program program = Program.of(List.of(Path.of("target/classes")), ConcurrentLinkedDequeBug.class.getName());
        return Interleave.exploreMain(program, new String[0], options.withShrink(false), ProgressListener.NONE);
    }

    @Test
    void instrumentedAsProgramCodeTheDequesLinearizabilityBugIsFound() {
        for (Mode mode : List.of(Mode.SYNC, Mode.PREEMPTIVE)) {
            Exploration e = explore(ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(mode).withSchedules(5_000)
                    .withInstrument(List.of(DEQUE)));
            assertTrue(e.found().isPresent(), mode + ": " + e.schedulesRun() + " schedules passed");
            assertTrue(e.found().get().failure().summary().contains("no sequential order of the three calls"),
                    e.found().get().failure().summary());
        }
    }

    @Test
    void trustedAsAWholeTheDequePassesAndTheProofSaysWhatItTrusted() {
        Exploration e = explore(ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withMode(Mode.SYNC));
        assertTrue(e.passed() && e.exhausted(), e.toString());
        assertTrue(ExplorationSummary.space(e).contains("JDK classes trusted (the instrument option looks inside one)"),
                ExplorationSummary.space(e));
        Exploration sampled = explore(ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.PREEMPTIVE).withSchedules(1_000));
        assertTrue(sampled.passed(), () -> sampled.found().get().failure().summary());
    }
}
