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

    /** The thread counts of the Reorder rows (issue 17): setters plus the checker. */
    private static final int[] REORDER_THREADS = {3, 5, 10, 20, 50, 100};

    private Catalog() {
    }

    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        entries.add(own("SeedRace", "seed document", "cooperative"));
        entries.add(own("Account", "SCTBench account", "preemptive"));
        entries.add(fixed("AccountFixed", "SCTBench account"));
        entries.add(own("LazyInit", "SCTBench lazy init", "cooperative"));
        entries.add(fixed("LazyInitFixed", "SCTBench lazy init"));
        entries.add(own("WrongLock", "SCTBench wrong lock", "preemptive"));
        entries.add(own("TwoStage2", "SCTBench two-stage", "sync"));
        entries.add(own("Stack", "SCTBench stack", "preemptive"));
        entries.add(own("CircularBuffer", "SCTBench circular buffer", "preemptive"));
        entries.add(own("TokenRing", "SCTBench token ring", "cooperative"));
        entries.add(own("Deadlock", "SCTBench deadlock", "sync"));
        entries.add(fixed("DeadlockFixed", "SCTBench deadlock"));
        entries.add(own("ReorderYield10", "SCTBench reorder, 10 threads", "cooperative"));
        entries.add(own("WorkStealingQueue", "SCTBench work-stealing queue", "sync"));
        entries.add(own("IteratorRace", "JaConTeBe race", "cooperative"));
        entries.add(own("VolatileCounter", "JaConTeBe race", "sync"));
        entries.add(fixed("VolatileCounterFixed", "JaConTeBe race"));
        entries.add(own("ResourceDeadlock", "JaConTeBe resource deadlock", "cooperative"));
        entries.add(fixed("ResourceDeadlockFixed", "JaConTeBe resource deadlock"));
        entries.add(own("NestedMonitorLockout", "JaConTeBe wait/notify deadlock", "cooperative"));
        entries.add(own("LostNotify", "JaConTeBe wait/notify deadlock", "sync"));
        // Issue 17's shapes: the volatile reorder and the two-stage pattern at growing thread counts.
        for (int threads : REORDER_THREADS) {
            entries.add(own("Reorder" + threads, "SCTBench reorder, " + threads + " threads (issue 17)", "sync"));
        }
        entries.add(own("TwoStage100", "SCTBench two-stage, 100 threads (issue 17)", "sync"));
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

    private static Entry own(String name, String origin, String needs) {
        return new Entry(name, origin, needs, false, null, null, new Fresh(name));
    }

    private static Entry fixed(String name, String origin) {
        return new Entry(name, origin, "none", true, null, null, new Fresh(name));
    }

    /**
     * A fresh instance of a program written here. The {@code new} stays in this ordinary class, not
     * in a constructor reference: Lincheck 3.7 hangs when the program's object is made inside a
     * lambda's hidden class or by reflection (the joined threads wait for a turn that the joining
     * thread, whose {@code Thread.join} it does not intercept, never gives).
     */
    static Subject make(String name) {
        return switch (name) {
            case "SeedRace" -> new SeedRace();
            case "Account" -> new Account();
            case "AccountFixed" -> new AccountFixed();
            case "LazyInit" -> new LazyInit();
            case "LazyInitFixed" -> new LazyInitFixed();
            case "WrongLock" -> new WrongLock();
            case "TwoStage2" -> new TwoStage(2);
            case "TwoStage100" -> new TwoStage(100);
            case "Stack" -> new Stack();
            case "CircularBuffer" -> new CircularBuffer();
            case "TokenRing" -> new TokenRing();
            case "Deadlock" -> new Deadlock();
            case "DeadlockFixed" -> new DeadlockFixed();
            case "Reorder3" -> new Reorder(3);
            case "Reorder5" -> new Reorder(5);
            case "Reorder10" -> new Reorder(10);
            case "Reorder20" -> new Reorder(20);
            case "Reorder50" -> new Reorder(50);
            case "Reorder100" -> new Reorder(100);
            case "ReorderYield10" -> new ReorderYield();
            case "WorkStealingQueue" -> new WorkStealingQueue();
            case "IteratorRace" -> new IteratorRace();
            case "VolatileCounter" -> new VolatileCounter();
            case "VolatileCounterFixed" -> new VolatileCounterFixed();
            case "ResourceDeadlock" -> new ResourceDeadlock();
            case "ResourceDeadlockFixed" -> new ResourceDeadlockFixed();
            case "NestedMonitorLockout" -> new NestedMonitorLockout();
            case "LostNotify" -> new LostNotify();
            default -> throw new IllegalArgumentException("no program written here is named " + name);
        };
    }

    /** Makes {@link #make} a factory; a named class, not a lambda, for the same reason. */
    private static final class Fresh implements Supplier<Subject> {
        private final String name;

        Fresh(String name) {
            this.name = name;
        }

        @Override
        public Subject get() {
            return make(name);
        }
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
