package dev.interleave.examples.sync;

import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.Program;
import dev.interleave.examples.sync.SyncPrograms.Pair;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's soundness check on its own programs: where a random walk of 10,000 schedules finds a
 * failure in a mode, DFS in that mode, with and without its reduction, finds one too, and never
 * says "space exhausted" of a passing search; every fixed twin is proved by DFS in every mode
 * (exhausted, passing, race-free) and no order-dependent program shows a data race.
 */
class SyncModelTest {

    private static final List<Mode> POINT_MODES = List.of(Mode.SYNC, Mode.PREEMPTIVE);

    static Stream<Arguments> bugsAndModes() {
        return SyncPrograms.pairs().stream().flatMap(pair -> POINT_MODES.stream().map(mode -> Arguments.of(pair, mode)));
    }

    static Stream<Arguments> correctProgramsAndModes() {
        return Stream.concat(SyncPrograms.pairs().stream().map(Pair::fixed), SyncPrograms.orders().stream())
                .flatMap(main -> Stream.of(Mode.values()).map(mode -> Arguments.of(main.getSimpleName(), main, mode)));
    }

    private static Exploration explore(Class<?> main, ExploreOptions options) {
        Program program = Program.of(List.of(Path.of("target/classes"), Path.of("target/test-classes")), main.getName());
        return Interleave.exploreMain(program, new String[0], options.withShrink(false), ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bugsAndModes")
    void dfsFindsWhatARandomWalkFinds(Pair pair, Mode mode) {
        Exploration random = explore(pair.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withMode(mode)
                .withSchedules(10_000));
        assertTrue(random.found().isPresent(), pair + " in " + mode.label() + ": a random walk of 10,000 found nothing");
        for (boolean reduction : new boolean[] {true, false}) {
            Exploration dfs = explore(pair.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withMode(mode)
                    .withReduction(reduction).withSchedules(20_000));
            assertFalse(dfs.passed() && dfs.exhausted(), pair + " in " + mode.label() + ": DFS (reduction " + reduction
                    + ") exhausted the space without the failure random found");
            assertTrue(dfs.found().isPresent(), pair + " in " + mode.label() + ": DFS (reduction " + reduction
                    + ") found nothing in " + dfs.schedulesRun() + " schedules");
        }
    }

    static Stream<Pair> pairs() {
        return SyncPrograms.pairs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cooperativeModeCannotSeeTheBug(Pair pair) {
        // The bugs need a switch between two calls that do not block: no await point is there, so
        // DFS's proof and 10,000 random schedules must agree that nothing fails.
        Exploration dfs = explore(pair.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(20_000));
        assertTrue(dfs.passed() && dfs.exhausted(), pair + ": " + dfs);
        Exploration random = explore(pair.bug(), ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(10_000));
        assertTrue(random.passed(), pair + ": random found what DFS proved absent: " + random);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("correctProgramsAndModes")
    void dfsProvesTheCorrectProgramsRaceFree(String name, Class<?> main, Mode mode) {
        Exploration dfs = explore(main, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withMode(mode)
                .withSchedules(20_000));
        assertTrue(dfs.passed() && dfs.exhausted(), name + " in " + mode.label() + ": " + dfs);
        assertTrue(dfs.raceFree(), name + " in " + mode.label() + ": " + dfs.races());
    }
}
