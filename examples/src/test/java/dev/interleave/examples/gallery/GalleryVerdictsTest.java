package dev.interleave.examples.gallery;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.examples.gallery.Gallery.Entry;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of the gallery is found by the real explorer, failing the way its entry says; every
 * fixed twin passes an exhaustive search of all its schedules, and the search says it was
 * exhausted, and the race detector saw no data race in any of them.
 */
class GalleryVerdictsTest {

    static Stream<Entry> entries() {
        return Gallery.all().stream();
    }

    private static Exploration explore(Class<?> main, ExploreOptions options) {
        Program program = Program.of(List.of(Path.of("target/classes")), main.getName());
        return Interleave.exploreMain(program, new String[0], options, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theExplorerFindsTheBug(Entry entry) {
        Exploration e = explore(entry.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withSchedules(3_000));
        assertTrue(e.found().isPresent(), entry.name() + ": no failure in " + e.schedulesRun() + " schedules");
        Failure failure = e.found().get().failure();
        Class<?> expected = switch (entry.expected()) {
            case UNCAUGHT -> Failure.UncaughtException.class;
            case DEADLOCK -> Failure.Deadlock.class;
            case EXIT -> Failure.NonZeroExit.class;
        };
        assertEquals(expected, failure.getClass(), entry.name() + ": " + failure.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theFixedTwinPassesEverySchedule(Entry entry) {
        Exploration e = explore(entry.fixed(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(20_000));
        assertTrue(e.passed(), () -> entry.name() + ": " + e.found().get().failure().summary());
        assertTrue(e.exhausted(), entry.name() + ": the search was not exhausted after " + e.schedulesRun() + " schedules");
        assertTrue(e.raceFree(), entry.name() + ": the race detector saw " + e.races());
    }
}
