package dev.interleave.peers;

import dev.interleave.peers.programs.Account;
import dev.interleave.peers.programs.AccountFixed;
import dev.interleave.peers.programs.CircularBuffer;
import dev.interleave.peers.programs.Deadlock;
import dev.interleave.peers.programs.DeadlockFixed;
import dev.interleave.peers.programs.IteratorRace;
import dev.interleave.peers.programs.LazyInit;
import dev.interleave.peers.programs.LazyInitFixed;
import dev.interleave.peers.programs.LostNotify;
import dev.interleave.peers.programs.NestedMonitorLockout;
import dev.interleave.peers.programs.Reorder;
import dev.interleave.peers.programs.ReorderYield;
import dev.interleave.peers.programs.ResourceDeadlock;
import dev.interleave.peers.programs.ResourceDeadlockFixed;
import dev.interleave.peers.programs.SeedRace;
import dev.interleave.peers.programs.Stack;
import dev.interleave.peers.programs.TokenRing;
import dev.interleave.peers.programs.TwoStage;
import dev.interleave.peers.programs.VolatileCounter;
import dev.interleave.peers.programs.VolatileCounterFixed;
import dev.interleave.peers.programs.WorkStealingQueue;
import dev.interleave.peers.programs.WrongLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every program of the benchmark, in the order of the table. */
public final class Catalog {

    private static final String GALLERY = "dev.interleave.examples.gallery.";

    private Catalog() {
    }

    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        entries.add(own("SeedRace", "seed document", "cooperative", SeedRace::new));
        entries.add(own("Account", "SCTBench account", "preemptive", Account::new));
        entries.add(fixed("AccountFixed", "SCTBench account", AccountFixed::new));
        entries.add(own("LazyInit", "SCTBench lazy init", "cooperative", LazyInit::new));
        entries.add(fixed("LazyInitFixed", "SCTBench lazy init", LazyInitFixed::new));
        entries.add(own("WrongLock", "SCTBench wrong lock", "preemptive", WrongLock::new));
        entries.add(own("TwoStage", "SCTBench two-stage", "sync", TwoStage::new));
        entries.add(own("Stack", "SCTBench stack", "preemptive", Stack::new));
        entries.add(own("CircularBuffer", "SCTBench circular buffer", "sync", CircularBuffer::new));
        entries.add(own("TokenRing", "SCTBench token ring", "cooperative", TokenRing::new));
        entries.add(own("Deadlock", "SCTBench deadlock", "sync", Deadlock::new));
        entries.add(fixed("DeadlockFixed", "SCTBench deadlock", DeadlockFixed::new));
        entries.add(own("Reorder10", "SCTBench reorder, 10 threads", "preemptive", Reorder::new));
        entries.add(own("ReorderYield10", "SCTBench reorder, 10 threads", "cooperative", ReorderYield::new));
        entries.add(own("WorkStealingQueue", "SCTBench work-stealing queue", "sync", WorkStealingQueue::new));
        entries.add(own("IteratorRace", "JaConTeBe race", "cooperative", IteratorRace::new));
        entries.add(own("VolatileCounter", "JaConTeBe race", "sync", VolatileCounter::new));
        entries.add(fixed("VolatileCounterFixed", "JaConTeBe race", VolatileCounterFixed::new));
        entries.add(own("ResourceDeadlock", "JaConTeBe resource deadlock", "cooperative", ResourceDeadlock::new));
        entries.add(fixed("ResourceDeadlockFixed", "JaConTeBe resource deadlock", ResourceDeadlockFixed::new));
        entries.add(own("NestedMonitorLockout", "JaConTeBe wait/notify deadlock", "cooperative", NestedMonitorLockout::new));
        entries.add(own("LostNotify", "JaConTeBe wait/notify deadlock", "sync", LostNotify::new));
        // The gallery: the thread kind each program is written with (TaskGroup forks virtual threads).
        gallery(entries, "Overdraft", ThreadKind.VIRTUAL);
        gallery(entries, "TransferDeadlock", ThreadKind.VIRTUAL);
        gallery(entries, "DiningPhilosophers", ThreadKind.PLATFORM);
        gallery(entries, "WaitWithoutLoop", ThreadKind.VIRTUAL);
        gallery(entries, "MissedSignal", ThreadKind.VIRTUAL);
        gallery(entries, "SessionRegistry", ThreadKind.PLATFORM);
        gallery(entries, "CacheStampede", ThreadKind.PLATFORM);
        gallery(entries, "DoubleRelease", ThreadKind.VIRTUAL);
        gallery(entries, "ContinuationOrder", ThreadKind.PLATFORM);
        gallery(entries, "LateReply", ThreadKind.PLATFORM);
        gallery(entries, "NotifyNotAll", ThreadKind.VIRTUAL);
        gallery(entries, "ShutdownRace", ThreadKind.PLATFORM);
        return List.copyOf(entries);
    }

    public static Optional<Entry> find(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Entry own(String name, String origin, String needs, Supplier<Subject> factory) {
        return new Entry(name, origin, needs, false, null, null, factory);
    }

    private static Entry fixed(String name, String origin, Supplier<Subject> factory) {
        return new Entry(name, origin, "none", true, null, null, factory);
    }

    private static void gallery(List<Entry> entries, String name, ThreadKind threads) {
        for (String twin : List.of("Bug", "Fixed")) {
            String main = GALLERY + name + twin;
            boolean fixed = twin.equals("Fixed");
            entries.add(new Entry(name + twin, "gallery", fixed ? "none" : "cooperative", fixed, threads, main,
                    () -> new GalleryMain(main)));
        }
    }
}
