package dev.interleave.examples.classic;

import java.util.List;

/** The classic concurrency bugs, each with its fixed twin and the failure the bug shows. */
public final class Gallery {

    /** How a bug shows itself. */
    public enum Expected { UNCAUGHT, DEADLOCK }

    /**
     * One classic bug: the buggy program, its fixed twin, what the bug does, and the preemption
     * bound under which an exhaustive search of the twin stays small (none: the whole space).
     */
    public record Entry(String name, Class<?> bug, Class<?> fixed, Expected expected, String what,
                        int preemptionBound) {

        Entry(String name, Class<?> bug, Class<?> fixed, Expected expected, String what) {
            this(name, bug, fixed, expected, what, Integer.MAX_VALUE);
        }
    }

    private Gallery() {
    }

    public static List<Entry> all() {
        return List.of(
                new Entry("overdraft", OverdraftBug.class, OverdraftFixed.class, Expected.UNCAUGHT,
                        "check-then-act across a blocking call"),
                new Entry("lock order", LockOrderBug.class, LockOrderFixed.class, Expected.DEADLOCK,
                        "two locks taken in opposite orders"),
                new Entry("philosophers", PhilosophersBug.class, PhilosophersFixed.class, Expected.DEADLOCK,
                        "three dining philosophers"),
                new Entry("lost wake-up", LostWakeupBug.class, LostWakeupFixed.class, Expected.UNCAUGHT,
                        "if instead of while around wait()"),
                new Entry("early signal", EarlySignalBug.class, EarlySignalFixed.class, Expected.DEADLOCK,
                        "a Condition signalled before the waiter waits"),
                new Entry("map check-then-act", MapCheckThenActBug.class, MapCheckThenActFixed.class,
                        Expected.UNCAUGHT, "get, then put, on a ConcurrentHashMap"),
                new Entry("cache stampede", CacheStampedeBug.class, CacheStampedeFixed.class, Expected.UNCAUGHT,
                        "every reader runs the slow load"),
                new Entry("double release", DoubleReleaseBug.class, DoubleReleaseFixed.class, Expected.UNCAUGHT,
                        "a Semaphore released twice"),
                new Entry("racing continuations", RacingContinuationsBug.class, RacingContinuationsFixed.class,
                        Expected.UNCAUGHT, "two CompletableFuture stages update one variable",
                        // Idle fork/join workers poll with yields: the whole space is too large.
                        2),
                new Entry("timeout race", TimeoutRaceBug.class, TimeoutRaceFixed.class, Expected.UNCAUGHT,
                        "a reply and its timeout at the same virtual instant"),
                new Entry("buffer notify", BufferNotifyBug.class, BufferNotifyFixed.class, Expected.DEADLOCK,
                        "notify instead of notifyAll in a producer/consumer hand-off"),
                new Entry("shutdown race", ShutdownRaceBug.class, ShutdownRaceFixed.class, Expected.UNCAUGHT,
                        "reading results after shutdown, before the jobs ended"));
    }
}
