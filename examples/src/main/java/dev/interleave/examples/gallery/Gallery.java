package dev.interleave.examples.gallery;

import java.util.List;
import java.util.Objects;

/**
 * The gallery of classic concurrency bugs: each entry is a program with the bug, its fixed twin,
 * and how the bug shows itself when the right interleaving happens. Every buggy program passes
 * under some schedules and fails under others; every fixed twin passes under all of them.
 */
public final class Gallery {

    /** How a buggy program fails under a bad schedule. */
    public enum Expected {
        /** An exception or error escapes a thread (here, an {@link AssertionError} from main). */
        UNCAUGHT,
        /** Every thread is blocked for good. */
        DEADLOCK,
        /** The program calls {@code System.exit} with a non-zero status. */
        EXIT
    }

    /**
     * One gallery entry.
     *
     * @param name        a short name, the common prefix of the two classes
     * @param bug         the program with the bug
     * @param fixed       its fixed twin
     * @param expected    how the bug fails
     * @param description one line: the bug
     */
    public record Entry(String name, Class<?> bug, Class<?> fixed, Expected expected, String description) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bug, "bug");
            Objects.requireNonNull(fixed, "fixed");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(description, "description");
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Overdraft", OverdraftBug.class, OverdraftFixed.class, Expected.UNCAUGHT,
                    "check-then-act across a blocking call: two withdrawals both pass the balance check and overdraw"),
            new Entry("TransferDeadlock", TransferDeadlockBug.class, TransferDeadlockFixed.class, Expected.DEADLOCK,
                    "lock-order deadlock: transfers A->B and B->A take two ReentrantLocks in opposite orders"),
            new Entry("DiningPhilosophers", DiningPhilosophersBug.class, DiningPhilosophersFixed.class,
                    Expected.DEADLOCK, "three dining philosophers each hold their left fork and wait for the right"),
            new Entry("WaitWithoutLoop", WaitWithoutLoopBug.class, WaitWithoutLoopFixed.class, Expected.UNCAUGHT,
                    "if instead of while around wait(): a woken consumer takes from a mailbox another emptied"),
            new Entry("MissedSignal", MissedSignalBug.class, MissedSignalFixed.class, Expected.DEADLOCK,
                    "a Condition signalled before the waiter awaits it, with no state behind it, is lost"),
            new Entry("SessionRegistry", SessionRegistryBug.class, SessionRegistryFixed.class, Expected.UNCAUGHT,
                    "check-then-act on ConcurrentHashMap: get then put opens two sessions for one user"),
            new Entry("CacheStampede", CacheStampedeBug.class, CacheStampedeFixed.class, Expected.UNCAUGHT,
                    "cache stampede: a request that misses while a slow load is in flight loads again"),
            new Entry("DoubleRelease", DoubleReleaseBug.class, DoubleReleaseFixed.class, Expected.UNCAUGHT,
                    "a Semaphore released twice on an error path lets more queries run than its limit"),
            new Entry("ContinuationOrder", ContinuationOrderBug.class, ContinuationOrderFixed.class,
                    Expected.UNCAUGHT, "two CompletableFuture continuations of one stage assumed to run in order"),
            new Entry("LateReply", LateReplyBug.class, LateReplyFixed.class, Expected.UNCAUGHT,
                    "a reply arriving just after its request's timeout is taken as the next request's reply"),
            new Entry("NotifyNotAll", NotifyNotAllBug.class, NotifyNotAllFixed.class, Expected.DEADLOCK,
                    "notify instead of notifyAll in a bounded buffer wakes a consumer instead of a producer"),
            new Entry("ShutdownRace", ShutdownRaceBug.class, ShutdownRaceFixed.class, Expected.EXIT,
                    "an executor shut down while a job still has a follow-up job to submit loses that work"));

    private Gallery() {
    }

    /** Every entry, in the gallery's order. */
    public static List<Entry> all() {
        return ENTRIES;
    }
}
