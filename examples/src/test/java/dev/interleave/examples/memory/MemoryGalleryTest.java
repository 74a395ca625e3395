package dev.interleave.examples.memory;

import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.examples.memory.MemoryGallery.Entry;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explorer finds each memory bug in its mode and not in cooperative mode; each fixed twin
 * passes an exhaustive search in that mode (within the entry's delay bound where the whole
 * space is too large for a test) and in preemptive mode within two delays, and the race
 * detector sees no data race in any of its executions.
 */
class MemoryGalleryTest {

    static Stream<Entry> entries() {
        return MemoryGallery.all().stream();
    }

    static Exploration explore(Class<?> main, ExploreOptions options) {
        Program program = Program.of(List.of(Path.of("target/classes")), main.getName());
        return Interleave.exploreMain(program, new String[0], options, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theExplorerFindsTheBugInItsMode(Entry entry) {
        Exploration e = explore(entry.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(entry.mode()).withSchedules(3_000));
        assertTrue(e.found().isPresent(), entry.name() + ": no failure in " + e.schedulesRun() + " schedules");
        Failure failure = e.found().get().failure();
        assertInstanceOf(Failure.UncaughtException.class, failure, entry.name() + ": " + failure.summary());
        assertEquals(entry.mode(), e.found().get().shrunk().mode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyScheduleRunsTheSameTwice(Entry entry) {
        // Scheduling points at memory accesses must be as deterministic as the others.
        Exploration e = explore(entry.fixed(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.PREEMPTIVE).withStrategy(Strategies.RANDOM)
                .withSchedules(100).withCheckDeterminism(true));
        assertTrue(e.passed(), () -> entry.name() + ": " + e.found().get().failure().summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void cooperativeModeCannotSeeIt(Entry entry) {
        Exploration e = explore(entry.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(20_000));
        assertTrue(e.passed(), () -> entry.name() + ": " + e.found().get().failure().summary());
        assertTrue(e.exhausted(), entry.name() + ": not exhausted after " + e.schedulesRun());
        // The race detector works in every mode: it reports a racy bug even though no run failed,
        // and stays silent on a bug of atomicity among synchronization actions.
        assertEquals(entry.dataRace(), !e.raceFree(), entry.name() + ": " + e.races());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theFixedTwinPassesEveryScheduleOfItsMode(Entry entry) {
        Exploration e = explore(entry.fixed(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(entry.mode())
                .withStrategy(Strategies.DFS).withDelayBound(entry.twinBound()).withSchedules(20_000));
        assertTrue(e.passed(), () -> entry.name() + ": " + e.found().get().failure().summary());
        assertTrue(e.exhausted(), entry.name() + ": the search was not exhausted after " + e.schedulesRun() + " schedules");
        assertTrue(e.raceFree(), entry.name() + ": " + e.races());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theFixedTwinPassesEveryScheduleOfPreemptiveMode(Entry entry) {
        if (entry.mode() == Mode.PREEMPTIVE) {
            return; // the test above
        }
        Exploration e = explore(entry.fixed(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.PREEMPTIVE)
                .withStrategy(Strategies.DFS).withDelayBound(Math.min(2, entry.twinBound())).withSchedules(20_000));
        assertTrue(e.passed(), () -> entry.name() + ": " + e.found().get().failure().summary());
        assertTrue(e.exhausted(), entry.name() + ": the search was not exhausted after " + e.schedulesRun() + " schedules");
        assertTrue(e.raceFree(), entry.name() + ": " + e.races());
    }
}
