package dev.interleave.examples.explore;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunResult;
import dev.interleave.examples.asyncio.LockedOnce;
import dev.interleave.examples.asyncio.RacyOnce;
import dev.interleave.explore.Exploration;
import dev.interleave.internal.strategy.DfsStatistics;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Found;
import dev.interleave.explore.ProgressListener;
import dev.interleave.schedule.BadScheduleException;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import dev.interleave.schedule.ScheduleToken;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The explorer on the document's race: it finds it, shrinks it, replays it, and proves the fix. */
class ExplorerTest {

    private static Program program(Class<?> main) {
        return Program.of(List.of(Path.of("target/classes")), main.getName());
    }

    private static Exploration explore(Class<?> main, ExploreOptions options) {
        return Interleave.exploreMain(program(main), new String[0], options, ProgressListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = Strategies.class, names = {"RANDOM", "PCT", "POS", "URW"})
    void findsTheDocumentsRaceWithinTenSchedules(Strategies strategy) {
        // Many seeds, so that "within ten" is not the luck of one.
        for (long seed = 1; seed <= 20; seed++) {
            Exploration e = explore(RacyOnce.class, ExploreOptions.defaults(seed).withMode(Mode.COOPERATIVE).withStrategy(strategy).withSchedules(10));
            assertTrue(e.found().isPresent(), strategy + " missed the race with seed " + seed);
            assertInstanceOf(Failure.UncaughtException.class, e.found().get().failure());
        }
    }

    @Test
    void theFoundScheduleReplaysToTheSameFailure() {
        Found found = explore(RacyOnce.class, ExploreOptions.defaults(3).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM)).found().orElseThrow();
        for (Schedule schedule : List.of(found.schedule(), found.shrunk())) {
            Schedule decoded = ScheduleToken.decode(schedule.token(), RacyOnce.class.getName());
            RunResult replay = Interleave.replayMain(program(RacyOnce.class), new String[0], decoded);
            assertEquals(FailureKind.of(found.failure()), FailureKind.of((Failure) replay.verdict()));
            assertEquals(decoded.choices(), replay.choices());
        }
        assertEquals(found.replay().trace(),
                Interleave.replayMain(program(RacyOnce.class), new String[0], found.shrunk()).trace());
    }

    @Test
    void shrinkingNeverAddsDelays() {
        for (long seed = 1; seed <= 10; seed++) {
            Found found = explore(RacyOnce.class, ExploreOptions.defaults(seed).withMode(Mode.COOPERATIVE).withStrategy(Strategies.PCT)).found().orElseThrow();
            assertTrue(found.shrunkDelays() <= found.delays(), found.toString());
            // The document's race needs no delay at all: FIFO order shows it.
            assertEquals(0, found.shrunkDelays(), "seed " + seed);
        }
    }

    @Test
    void dfsProvesTheLockedProgramCorrect() {
        Exploration e = explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(100_000));
        assertTrue(e.passed());
        assertTrue(e.exhausted(), "DFS should exhaust the locked program's schedules");
        assertTrue(e.schedulesRun() > 1, "ran " + e.schedulesRun());
    }

    @Test
    void aSampleIsNotAProof() {
        Exploration e = explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(50));
        assertTrue(e.passed());
        assertFalse(e.exhausted());
        assertEquals(50, e.schedulesRun());
    }

    @Test
    void shardsSplitTheSchedules() {
        long total = 0;
        for (int shard = 0; shard < 3; shard++) {
            total += explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(30)
                    .withShard(shard, 3)).schedulesRun();
        }
        assertEquals(30, total);
    }

    @Test
    void dfsShardsSplitTheReducedTree() {
        // Issue 19: with the reduction, each of three shards ran the whole 24 schedules. A tree this
        // small may go to fewer shards than there are; a shard left without a part says so after
        // the one execution that showed it, and none repeats the tree.
        ExploreOptions dfs = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(100_000);
        long whole = explore(LockedOnce.class, dfs).schedulesRun();
        for (int count = 2; count <= 4; count++) {
            long sum = 0;
            int wholeTrees = 0;
            for (int shard = 0; shard < count; shard++) {
                Exploration part = explore(LockedOnce.class, dfs.withShard(shard, count));
                assertTrue(part.exhausted() && part.passed(), "shard " + shard + "/" + count);
                if (((DfsStatistics) part.search()).emptyPart()) {
                    assertEquals(1, part.schedulesRun(), "shard " + shard + "/" + count + " has an empty part");
                }
                wholeTrees += part.schedulesRun() >= whole ? 1 : 0;
                sum += part.schedulesRun();
            }
            assertTrue(wholeTrees <= 1, count + " shards: " + wholeTrees + " ran the whole tree");
            assertTrue(sum <= 1.3 * whole + count - 1, count + " shards ran " + sum + " schedules, unsharded " + whole);
        }
    }

    @Test
    void dfsShardsSplitTheTreeAndTogetherCoverIt() {
        // Without the reduction, the shards' counts add up exactly: a shard searches no option
        // twice and another shard's not at all (with it, the shards that share a decision each
        // run its options once to deal them out, and a small tree goes to fewer shards).
        long whole = explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS).withSchedules(100_000)
                .withReduction(false)).schedulesRun();
        long sum = 0;
        for (int shard = 0; shard < 2; shard++) {
            Exploration part = explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS)
                    .withSchedules(100_000).withShard(shard, 2).withReduction(false));
            assertTrue(part.exhausted() && part.passed(), "shard " + shard);
            assertTrue(part.schedulesRun() < whole, "shard " + shard + " ran the whole tree");
            sum += part.schedulesRun();
        }
        assertEquals(whole, sum);
    }

    @Test
    void aScheduleOfAnotherProgramIsRefused() {
        String token = new Schedule(RacyOnce.class.getName(), Mode.COOPERATIVE, List.of(1, 2, 3)).token();
        assertThrows(BadScheduleException.class, () -> ScheduleToken.decode(token, LockedOnce.class.getName()));
    }

    @Test
    void aScheduleTheProgramCannotFollowIsADivergence() {
        // The locked program makes fewer decisions than this schedule asks for.
        Schedule tooLong = new Schedule(LockedOnce.class.getName(), Mode.COOPERATIVE, List.of(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3));
        var e = assertThrows(ReplayDivergedException.class,
                () -> Interleave.replayMain(program(LockedOnce.class), new String[0], tooLong));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void theDeterminismCheckNamesWhatItCannotControl() {
        Program program = Program.of(List.of(Path.of("target/test-classes")), UnseededRandomBranch.class.getName());
        ExploreOptions options = ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(50).withCheckDeterminism(true);
        var e = assertThrows(ReplayDivergedException.class,
                () -> Interleave.exploreMain(program, new String[0], options, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("nondeterminism:"), e.getMessage());
    }

    @Test
    void theDeterminismCheckPassesADeterministicProgram() {
        Exploration e = explore(LockedOnce.class, ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.RANDOM).withSchedules(100)
                .withCheckDeterminism(true));
        assertTrue(e.passed());
        assertEquals(100, e.schedulesRun());
    }

    /** Failure kinds compared without messages, which carry values. */
    private record FailureKind(Class<?> kind, String detail) {
        static FailureKind of(Failure failure) {
            return new FailureKind(failure.getClass(), failure instanceof Failure.UncaughtException u
                    ? u.error().getClass().getName() : "");
        }
    }
}
