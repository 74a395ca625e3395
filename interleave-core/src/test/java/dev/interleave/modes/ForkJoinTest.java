package dev.interleave.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Work split across a fork/join pool (parallel streams, {@code RecursiveTask}, the common pool's
 * {@code CompletableFuture.*Async}) runs on the pool's workers as controlled tasks whose order is
 * explored: a lost update between two elements is found in preemptive mode, as plain {@code java}
 * shows it, and is a data race in every mode; a correct reduction passes with no race.
 */
class ForkJoinTest {

    static final class Total {
        int sum;
    }

    static final class Hits {
        int count;
        int result;
    }

    /** A sum split in halves down to four numbers, each leaf also bumping a shared counter unguarded. */
    static final class Sum extends RecursiveTask<Long> {
        private final int from;
        private final int to;
        private final Total leaves;

        Sum(int from, int to, Total leaves) {
            this.from = from;
            this.to = to;
            this.leaves = leaves;
        }

        @Override
        protected Long compute() {
            if (to - from <= 4) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += i;
                }
                leaves.sum++;
                return sum;
            }
            int middle = (from + to) >>> 1;
            Sum left = new Sum(from, middle, leaves);
            left.fork();
            long right = new Sum(middle, to, leaves).compute();
            return left.join() + right;
        }
    }

    private static Exploration explore(Mode mode, long schedules, Interleave.Body body) {
        return Interleave.explore("fork-join", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withSchedules(schedules)
                .withMode(mode).withShrink(false), body);
    }

    private static List<String> locations(Exploration exploration) {
        return exploration.races().stream().map(DataRace::location).distinct().toList();
    }

    private static String failure(Exploration exploration) {
        return exploration.found().map(found -> found.failure().summary()).orElse("no failure");
    }

    @Test
    void aParallelStreamsLostUpdateIsFoundPreemptivelyAndIsADataRaceInEveryMode() {
        Interleave.Body body = () -> {
            Total total = new Total();
            IntStream.range(0, 64).parallel().forEach(i -> total.sum += i);
            if (total.sum != 2016) {
                throw new AssertionError("lost update: " + total.sum);
            }
        };
        for (Mode mode : Mode.values()) {
            Exploration exploration = explore(mode, 100, body);
            assertEquals(List.of("ForkJoinTest$Total.sum"), locations(exploration), mode.label());
            if (mode == Mode.PREEMPTIVE) {
                assertTrue(failure(exploration).contains("lost update"), failure(exploration));
            }
        }
    }

    @Test
    void aRecursiveTasksRacyCounterRacesOnItsPoolsOwnWorkers() {
        Interleave.Body body = () -> {
            Total leaves = new Total();
            long sum = new ForkJoinPool(2).invoke(new Sum(0, 32, leaves));
            if (sum != 496) {
                throw new AssertionError("wrong sum " + sum);
            }
            if (leaves.sum != 8) {
                throw new AssertionError("lost update: " + leaves.sum + " leaves counted, 8 ran");
            }
        };
        for (Mode mode : Mode.values()) {
            Exploration exploration = explore(mode, 100, body);
            assertEquals(List.of("ForkJoinTest$Total.sum"), locations(exploration), mode.label());
            for (DataRace race : exploration.races()) {
                // A worker's forks stay in its own pool's queues: no common-pool worker runs them.
                assertTrue(race.first().task().startsWith("ForkJoinPool-") && race.second().task().startsWith("ForkJoinPool-")
                        && !race.toString().contains("commonPool"), race.toString());
            }
            if (mode == Mode.PREEMPTIVE) {
                assertTrue(failure(exploration).contains("lost update"), failure(exploration));
            }
        }
    }

    @Test
    void supplyAsyncOnTheCommonPoolRacesWithMainButItsResultIsOrderedByJoin() {
        Interleave.Body body = () -> {
            Hits hits = new Hits();
            CompletableFuture<Integer> future = CompletableFuture.supplyAsync(() -> {
                hits.result = 42;
                return ++hits.count;
            });
            hits.count++;
            future.join();
            if (hits.result != 42) {
                throw new AssertionError("the supplier's write was not seen after join");
            }
            if (hits.count != 2) {
                throw new AssertionError("lost update: " + hits.count);
            }
        };
        for (Mode mode : Mode.values()) {
            Exploration exploration = explore(mode, 100, body);
            // The count races; the result, written before the future completes and read after join, does not.
            assertEquals(List.of("ForkJoinTest$Hits.count"), locations(exploration), mode.label());
            assertTrue(exploration.races().stream().allMatch(race -> race.toString().contains("commonPool-worker")),
                    exploration.races().toString());
            if (mode == Mode.PREEMPTIVE) {
                assertTrue(failure(exploration).contains("lost update"), failure(exploration));
            }
        }
    }

    @Test
    void aCorrectParallelReductionPassesWithNoRaceAndItsWorkersDoTheirShare() {
        Interleave.Body body = () -> {
            int sum = IntStream.range(0, 64).parallel().sum();
            if (sum != 2016) {
                throw new AssertionError("wrong sum " + sum);
            }
        };
        for (Mode mode : Mode.values()) {
            Exploration exploration = explore(mode, 200, body);
            assertTrue(exploration.passed(), mode.label() + ": " + failure(exploration));
            assertEquals(200, exploration.schedulesRun(), mode.label());
            assertEquals(List.of(), exploration.races(), mode.label());
            // Who ran the elements: the common pool's workers too, not main alone.
            Set<String>[] threads = new Set[1];
            RunResult run = Interleave.run(RunOptions.defaults().withEchoOutput(false).withMode(mode), () ->
                    threads[0] = IntStream.range(0, 64).parallel().mapToObj(i -> Thread.currentThread().getName())
                            .collect(Collectors.toSet()));
            assertTrue(run.passed(), run.verdict().toString());
            assertTrue(threads[0].stream().anyMatch(name -> name.startsWith("ForkJoinPool.commonPool-worker-")),
                    mode.label() + ": " + threads[0]);
            assertFalse(run.verdict() instanceof Failure, mode.label());
        }
    }

    /**
     * A JDK class initialized during an execution keeps what it read for good: the JDK's HTTP client
     * keeps {@code CompletableFuture}'s default executor, which inside a task is that execution's
     * stand-in for the common pool. A later execution that gives it work must have that work run
     * (as its own pool's), not left to the first execution's idle workers, which no longer run: the
     * client's second request waited forever, reported as stuck waiting outside.
     */
    @Test
    void aPoolKeptFromAnEarlierExecutionRunsTheWorkOfLaterOnes() {
        AtomicReference<ForkJoinPool> kept = new AtomicReference<>();
        Interleave.Body body = () -> {
            kept.compareAndSet(null, ForkJoinPool.commonPool());
            int answer = CompletableFuture.supplyAsync(() -> 42, kept.get()).join();
            if (answer != 42) {
                throw new AssertionError("answered " + answer);
            }
        };
        for (Mode mode : Mode.values()) {
            kept.set(null);
            Exploration exploration = explore(mode, 50, body);
            assertTrue(exploration.passed(), mode.label() + ": " + failure(exploration));
            assertEquals(50, exploration.schedulesRun(), mode.label());
        }
    }
}
