package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A failure found in a program that does not follow its schedule again (it depends on something
 * Interleave does not control: Derby under JUnit without -XX:hashCode=2 did) is still reported, as
 * the run that found it, saying why it was not replayed; before, the exploration ended with the
 * replay's "it diverged" and the failure was lost.
 */
class NotReplayedFailureTest {

    private static final ProgressListener QUIET = new ProgressListener() {
    };

    @Test
    void aFailureThatDoesNotReplayIsReportedAsFoundSayingWhy() {
        AtomicInteger runs = new AtomicInteger();
        Exploration exploration = new Explorer(ExploreOptions.defaults(20).withStrategy(Strategies.RANDOM), QUIET)
                .explore(new Target("fails once", () -> {
                    // State outside the program's control: only the first run takes this path.
                    if (runs.incrementAndGet() == 1) {
                        Thread.ofVirtual().start(() -> { }).join();
                        throw new IllegalStateException("only in the first run");
                    }
                }));
        Found found = exploration.found().orElseThrow(() -> new AssertionError("the failure was lost"));
        var uncaught = assertInstanceOf(Failure.UncaughtException.class, found.failure());
        assertEquals("only in the first run", uncaught.error().getMessage());
        assertEquals(0, found.execution());
        assertNotNull(found.notReplayed(), "a report that does not say it was not replayed");
        assertTrue(found.notReplayed().contains("-XX:hashCode=2"), found.notReplayed());
        assertEquals(found.schedule(), found.shrunk(), "the schedule reported is the one that failed");
    }

    @Test
    void aFailureThatReplaysSaysNothingOfIt() {
        Exploration exploration = new Explorer(ExploreOptions.defaults(20).withStrategy(Strategies.RANDOM), QUIET)
                .explore(new Target("fails always", () -> {
                    Thread.ofVirtual().start(() -> { }).join();
                    throw new IllegalStateException("always");
                }));
        assertNull(exploration.found().orElseThrow().notReplayed());
    }
}
