package dev.interleave.structures;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Failure;
import dev.interleave.RunResult;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Linearizability;
import dev.interleave.linearizability.LinearizabilityOptions;
import dev.interleave.linearizability.LinearizabilityResult;
import dev.interleave.linearizability.NotLinearizableError;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.linearizability.StateKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Linearizability tests run for real: correct JDK structures pass every scenario, each explored
 * by DFS to the end of its space (no false alarm), and structures with a known atomicity bug are
 * caught, with the scenario and the results no order explains, and replayed from their key.
 * (This package is not {@code dev.interleave.linearizability}, which the agent leaves alone: the
 * specifications here are program code, instrumented.)
 */
class LinearizabilityExplorationTest {

    public static final class QueueSpec {
        final ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();

        @Operation
        boolean offer(@Param(gen = IntGen.class, conf = "1:3") int x) {
            return q.offer(x);
        }

        @Operation
        Integer poll() {
            return q.poll();
        }

        @Operation
        Integer remove() {
            return q.remove(); // throws NoSuchElementException when empty: a result too
        }

        @StateKey
        List<Integer> state() {
            return List.copyOf(q);
        }
    }

    public static final class MapSpec {
        final ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();

        @Operation
        Integer put(@Param(gen = IntGen.class, conf = "1:2") int key, @Param(gen = IntGen.class, conf = "1:3") int value) {
            return map.put(key, value);
        }

        @Operation
        Integer get(@Param(gen = IntGen.class, conf = "1:2") int key) {
            return map.get(key);
        }

        @Operation
        Integer remove(@Param(gen = IntGen.class, conf = "1:2") int key) {
            return map.remove(key);
        }
    }

    /** The sequential model of {@link MapSpec}: a plain map, with its contents as the state key. */
    public static final class MapModel {
        final Map<Integer, Integer> map = new HashMap<>();

        Integer put(int key, int value) {
            return map.put(key, value);
        }

        Integer get(int key) {
            return map.get(key);
        }

        Integer remove(int key) {
            return map.remove(key);
        }

        @StateKey
        Map<Integer, Integer> state() {
            return Map.copyOf(map);
        }
    }

    /** A counter without synchronization: {@code ++v} reads, then writes, and a switch between loses an update. */
    public static final class RacyCounter {
        int v;

        @Operation
        int incrementAndGet() {
            return ++v;
        }

        @Operation
        int get() {
            return v;
        }
    }

    /** Check-then-act on an atomic: each call is atomic, the pair is not. Sync mode's kind of bug. */
    public static final class CheckThenActCounter {
        final AtomicInteger v = new AtomicInteger();

        @Operation
        int incrementAndGet() {
            int seen = v.get();
            v.set(seen + 1);
            return seen + 1;
        }
    }

    private static LinearizabilityOptions dfs(long seed, int scenarios) {
        return LinearizabilityOptions.defaults(seed).withScenarios(scenarios)
                .withExplore(ExploreOptions.defaults(seed).withMode(Mode.PREEMPTIVE).withStrategy(Strategies.DFS)
                        .withSchedules(100_000).withShrink(false));
    }

    @Test
    void concurrentLinkedQueuePassesEveryScenarioToTheEndOfItsSpace() {
        LinearizabilityResult result = Linearizability.check(QueueSpec.class, dfs(11, 40));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(40, result.scenariosRun());
        assertEquals(40, result.scenariosExhausted(), "every scenario's schedules were all run");
        assertTrue(result.schedulesRun() > 40, result.schedulesRun() + " schedules");
    }

    @Test
    void concurrentHashMapPassesEveryScenarioAgainstAPlainMapModel() {
        LinearizabilityResult result = Linearizability.check(MapSpec.class, dfs(12, 40).withSequential(MapModel.class));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(40, result.scenariosExhausted());
    }

    @Test
    void concurrentLinkedQueuePassesOnPlatformThreadsToo() {
        LinearizabilityResult result = Linearizability.check(QueueSpec.class, dfs(13, 10).withVirtualThreads(false));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
        assertEquals(10, result.scenariosExhausted());
    }

    @Test
    void aLostUpdateIsFoundShownAndReplayed() {
        // The scenario as generated, not shrunk (ScenarioShrinkTest shrinks it): its initial part is explained.
        LinearizabilityOptions options = LinearizabilityOptions.defaults(5).withScenarios(50)
                .withShrinkTime(java.time.Duration.ZERO);
        LinearizabilityResult result = Linearizability.check(RacyCounter.class, options);
        assertFalse(result.passed(), "the lost update was not found in " + result.scenariosRun() + " scenarios");
        LinearizabilityResult.Failing failing = result.failure().orElseThrow();
        Failure.UncaughtException failure = assertInstanceOf(Failure.UncaughtException.class, failing.found().failure());
        assertInstanceOf(NotLinearizableError.class, failure.error());
        String message = failing.message();
        assertTrue(message.startsWith("not linearizable"), message);
        // Two increments in the threads returned the same value: some column shows it.
        assertTrue(message.contains("thread 0:") && message.contains("thread 1:"), message);
        assertTrue(message.contains("incrementAndGet()"), message);
        // The model explains the initial part (the main thread's first two operations); what follows it is not.
        assertTrue(message.contains("longest order explained: main " + failing.scenario().initial().get(0)), message);
        // The threads race on the counter, and only there: the runner's history (its clock, its list) is
        // not program memory, and the main task's parts are ordered by the threads' starts and joins.
        List<DataRace> races = failing.exploration().races();
        assertFalse(races.isEmpty(), "the detector saw the race on the counter");
        assertTrue(races.stream().allMatch(r -> r.location().equals("LinearizabilityExplorationTest$RacyCounter.v")),
                races.toString());
        assertTrue(races.stream().noneMatch(r -> r.first().task().equals("main") || r.second().task().equals("main")),
                races.toString());
        // The key runs that scenario under that schedule again, with the same verdict.
        RunResult replay = Linearizability.replay(RacyCounter.class, options, failing.replay());
        Failure.UncaughtException again = assertInstanceOf(Failure.UncaughtException.class, replay.verdict());
        assertEquals(message, again.error().getMessage());
        assertEquals(failing.scenario(), Linearizability.scenario(RacyCounter.class, options, failing.replay()));
    }

    @Test
    void aCheckThenActOnAnAtomicIsFoundInSyncMode() {
        LinearizabilityOptions options = LinearizabilityOptions.defaults(6).withScenarios(50)
                .withExplore(ExploreOptions.defaults(6).withMode(Mode.SYNC).withSchedules(100));
        LinearizabilityResult result = Linearizability.check(CheckThenActCounter.class, options);
        assertFalse(result.passed(), "the check-then-act was not found in " + result.scenariosRun() + " scenarios");
        assertTrue(result.failure().orElseThrow().message().startsWith("not linearizable"));
    }

    @Test
    void theRacyCounterPassesInCooperativeModeWhichHasNoPointBetweenItsAccesses() {
        // The same search in a mode without the needed switch finds nothing: the failure above is the mode's doing.
        LinearizabilityResult result = Linearizability.check(RacyCounter.class, LinearizabilityOptions.defaults(5)
                .withScenarios(20).withExplore(ExploreOptions.defaults(5).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS)
                        .withSchedules(100_000)));
        assertTrue(result.passed(), () -> result.failure().orElseThrow().message());
    }

    /** A model that forgot {@code remove}. */
    public static final class IncompleteMapModel {
        final Map<Integer, Integer> map = new HashMap<>();

        Integer put(int key, int value) {
            return map.put(key, value);
        }

        Integer get(int key) {
            return map.get(key);
        }
    }

    public static final class NoPlainConstructor {
        NoPlainConstructor(int size) {
        }

        @Operation
        int size() {
            return 0;
        }
    }

    @Test
    void aMistakeOfTheSpecificationIsSaidAtOnceNotReportedAsAFailureFound() {
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> Linearizability.check(MapSpec.class, dfs(1, 1).withSequential(IncompleteMapModel.class)));
        assertTrue(model.getMessage().contains("has no method remove[int]"), model.getMessage());
        IllegalArgumentException constructor = assertThrows(IllegalArgumentException.class,
                () -> Linearizability.check(NoPlainConstructor.class, dfs(1, 1)));
        assertTrue(constructor.getMessage().contains("needs a constructor without parameters"), constructor.getMessage());
    }
}
