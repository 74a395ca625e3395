package dev.interleave.examples.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.examples.asyncio.LockedOnce;
import dev.interleave.examples.asyncio.RacyOnce;
import dev.interleave.examples.gallery.Gallery;
import dev.interleave.examples.gallery.Gallery.Entry;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import dev.interleave.strategy.DfsStrategy;
import org.junit.jupiter.api.Assumptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DFS's partial-order reduction, with real explorations: it loses no bug that the full search
 * finds, and it proves the fixed programs with fewer schedules, saying how many it skipped.
 */
class ReductionTest {

    private static final long BUDGET = 20_000;

    static Stream<Entry> entries() {
        return Gallery.all().stream();
    }

    private static Exploration dfs(Class<?> main, boolean reduction) {
        Program program = Program.of(List.of(Path.of("target/classes")), main.getName());
        ExploreOptions options = ExploreOptions.defaults(1).withStrategy("dfs").withSchedules(BUDGET)
                .withShrink(false).withReduction(reduction);
        return Interleave.exploreMain(program, new String[0], options, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theReducedSearchFindsEveryBugTheFullSearchFinds(Entry entry) {
        Exploration full = dfs(entry.bug(), false);
        Exploration reduced = dfs(entry.bug(), true);
        if (full.found().isPresent()) {
            assertTrue(reduced.found().isPresent(), entry.name() + ": the reduced search missed the bug the full one found");
            assertEquals(full.found().get().failure().getClass(), reduced.found().get().failure().getClass());
        }
    }

    static Stream<Class<?>> correctPrograms() {
        return Stream.concat(Stream.of(LockedOnce.class), Gallery.all().stream().map(Entry::fixed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctPrograms")
    void theReducedSearchProvesTheFixedProgramsWithFewerSchedules(Class<?> main) {
        Exploration full = dfs(main, false);
        Exploration reduced = dfs(main, true);
        System.out.printf("%s: %d schedules without the reduction; %d with it, %d branches skipped%n",
                main.getSimpleName(), full.schedulesRun(), reduced.schedulesRun(), reduced.skippedByReduction());
        assertTrue(full.passed() && full.exhausted(), main.getSimpleName() + ": the full search did not prove it");
        assertTrue(reduced.passed() && reduced.exhausted(), main.getSimpleName() + ": the reduced search did not prove it");
        assertTrue(reduced.reduced() && !full.reduced());
        assertTrue(reduced.schedulesRun() <= full.schedulesRun(), main.getSimpleName() + " ran more schedules reduced");
        assertEquals(reduced.skippedByReduction() > 0, reduced.schedulesRun() < full.schedulesRun(),
                main.getSimpleName() + ": the skipped count disagrees with the schedules saved");
    }

    @Test
    void theDocumentsLockedProgramNeedsFewerSchedules() {
        Exploration full = dfs(LockedOnce.class, false);
        Exploration reduced = dfs(LockedOnce.class, true);
        assertTrue(reduced.exhausted() && reduced.passed());
        assertTrue(reduced.schedulesRun() < full.schedulesRun(),
                "reduced " + reduced.schedulesRun() + ", full " + full.schedulesRun());
        assertTrue(reduced.skippedByReduction() > 0);
    }

    @Test
    void theReductionSavesSchedulesAcrossTheGallery() {
        long full = 0;
        long reduced = 0;
        for (Entry entry : Gallery.all()) {
            full += dfs(entry.fixed(), false).schedulesRun();
            reduced += dfs(entry.fixed(), true).schedulesRun();
        }
        assertTrue(reduced < full, "reduced " + reduced + ", full " + full);
    }

    @Test
    void aBoundedSearchDoesNotReduce() {
        Program program = Program.of(List.of(Path.of("target/classes")), LockedOnce.class.getName());
        Exploration bounded = Interleave.exploreMain(program, new String[0],
                ExploreOptions.defaults(1).withStrategy("dfs").withPreemptionBound(2), ProgressListener.NONE);
        assertTrue(!bounded.reduced() && bounded.skippedByReduction() == 0);
    }

    /**
     * The strongest check: over whole trees, the reduced search reaches every outcome the full one
     * does (every kind of failure, and passing), for each program small enough to search whole.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allPrograms")
    void theReducedTreeReachesEveryOutcomeOfTheFullTree(Class<?> main) {
        Set<String> full = outcomes(main, false);
        Assumptions.assumeTrue(full != null, "tree larger than the budget");
        assertEquals(full, outcomes(main, true), main.getSimpleName());
        if (main == RelayAfterYields.class || main == RelayThroughAtomics.class) {
            assertEquals(2, full.size(), "the relay should both pass and fail: " + full);
        }
    }

    static Stream<Class<?>> allPrograms() {
        return Stream.concat(Stream.of(RacyOnce.class, LockedOnce.class, RelayAfterYields.class, RelayThroughAtomics.class),
                Gallery.all().stream().flatMap(entry -> Stream.of(entry.bug(), entry.fixed())));
    }

    private static final int TREE_BUDGET = 3_000;

    /** The outcomes over the whole DFS tree, or null when it is larger than the budget. */
    private static Set<String> outcomes(Class<?> main, boolean reduction) {
        Program program = Program.of(List.of(Path.of("target/classes"), Path.of("target/test-classes")), main.getName());
        DfsStrategy dfs = new DfsStrategy(Integer.MAX_VALUE, 0, 1, reduction);
        Set<String> outcomes = new TreeSet<>();
        for (int runs = 0; !dfs.exhausted(); runs++) {
            if (runs == TREE_BUDGET) {
                return null;
            }
            RunResult result = Interleave.runMain(program, new String[0],
                    RunOptions.defaults().withEchoOutput(false).withStrategy(dfs));
            outcomes.add(result.verdict() instanceof Failure.UncaughtException u
                    ? "uncaught " + u.error().getClass().getName()
                    : result.verdict().getClass().getSimpleName());
        }
        return outcomes;
    }
}
