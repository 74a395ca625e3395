package dev.interleave.internal.runtime;

import dev.interleave.Event;
import dev.interleave.bridge.SyncSites;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One execution's calls into {@code java.util.concurrent}, decided by the receiver's class (see
 * {@link ConcurrentClasses}), so that a program's subclass of a lock, a {@code Lock} or
 * {@code Queue} variable and the JDK's class itself all synchronize: each call is a point of sync
 * mode before it, releases (before) and acquires (before the program's code it calls back, and on
 * return) the one clock that stands for the package in the race detector, and names in the step's footprint the state it uses. The JDK's
 * code is trusted as a whole: what it does inside is not seen, so the clock is one for all of it.
 * A candidate call (one that names no class of the package) does all this only when its receiver
 * runs the JDK's code.
 */
final class ConcurrentCalls {

    private final Execution execution;
    private final SharedMemory memory;

    ConcurrentCalls(Execution execution, SharedMemory memory) {
        this.execution = execution;
        this.memory = memory;
    }

    void call(Object receiver, int siteId) {
        SyncSites.Site site = SyncSites.site(siteId);
        boolean jdk = receiver == null
                || ConcurrentClasses.reachesJdk(receiver, site.owner(), site.method(), site.has(SyncSites.SPECIAL));
        Task task = execution.current();
        if (site.has(SyncSites.CANDIDATE)) {
            if (!jdk) {
                return;
            }
            task.enterCall(siteId);
        }
        Object state = jdk && receiver != null && names(ConcurrentClasses.kind(receiver.getClass()))
                ? ConcurrentClasses.stateOf(receiver) : receiver;
        if (jdk && receiver instanceof ReentrantLock lock && site.method().equals("lock()V")) {
            task.blockedBy(new Blocking.BeforeLock(lock)); // DFS: a task before taking a lock another holds would only block
        }
        if (jdk) {
            memory.synchronizedOn(task, state);
        }
        Event.Kind kind = kindOf(site.method());
        memory.syncPoint(task, kind, site.what(), receiver, state);
        task.unblocked();
        if (execution.recordingEvents()) {
            if (kind == Event.Kind.LOCK) {
                // A lock is taken when the call returns: a task that blocks on it shows its park first.
                task.lockCallBegan(siteId, receiver);
            } else {
                memory.recordAt(kind, () -> execution.names.of(receiver), site.what(), site.code(), site.where());
            }
        }
        footprint(receiver, site, jdk, state);
        memory.races.release(task, RaceDetector.CONCURRENT);
        if (receiver == null && site.owner().equals("java/lang/invoke/VarHandle")
                && (site.method().equals("releaseFence()V") || site.method().equals("fullFence()V"))) {
            memory.races.releaseFence(task);
        }
        // What the call runs of the program's before it returns (a key's equals inside a map's
        // get, a compute's function) comes after what the call found: what others published.
        memory.races.acquire(task, RaceDetector.CONCURRENT);
    }

    void returned(int siteId) {
        Task task = execution.current();
        Task.LockCall lock = task.lockCallReturned(siteId);
        if (lock != null) {
            SyncSites.Site site = SyncSites.site(siteId);
            memory.recordAt(Event.Kind.LOCK, () -> execution.names.of(lock.receiver()), site.what(), site.code(), site.where());
        }
        if (!SyncSites.site(siteId).has(SyncSites.CANDIDATE) || task.leaveCall(siteId)) {
            memory.races.acquire(task, RaceDetector.CONCURRENT);
        }
    }

    /** Taking and releasing a lock read as such in a trace; any other call by its method's name. */
    private static Event.Kind kindOf(String method) {
        return switch (method) {
            case "lock()V", "lockInterruptibly()V", "tryLock()Z", "tryLock(JLjava/util/concurrent/TimeUnit;)Z" -> Event.Kind.LOCK;
            case "unlock()V" -> Event.Kind.UNLOCK;
            default -> Event.Kind.CALL;
        };
    }

    private static boolean names(ConcurrentClasses.Kind kind) {
        return kind == ConcurrentClasses.Kind.LOCK || kind == ConcurrentClasses.Kind.SYNCHRONIZER
                || kind == ConcurrentClasses.Kind.CONDITION || kind == ConcurrentClasses.Kind.ATOMIC;
    }

    /**
     * What the call uses, in the step's footprint: a static method's class is unbounded unless it
     * holds nothing shared; a call that runs program code (a {@code Callable} of the program's)
     * records that code's own accesses; a call into the JDK names its receiver's state by kind.
     */
    private void footprint(Object receiver, SyncSites.Site site, boolean jdk, Object state) {
        Footprints footprints = execution.footprints;
        if (footprints == null) {
            return;
        }
        if (receiver == null) {
            if (!site.has(SyncSites.UNSHARED)) {
                footprints.shared();
            }
            return;
        }
        if (!jdk) {
            return;
        }
        switch (ConcurrentClasses.kind(receiver.getClass())) {
            case LOCK, SYNCHRONIZER, CONDITION -> footprints.touched(state);
            case ATOMIC -> {
                if (site.has(SyncSites.READS_ONLY)) {
                    footprints.read(state);
                } else {
                    footprints.touched(state);
                }
            }
            case OTHER -> footprints.shared();
            case NONE, UNSHARED -> {
            }
        }
    }
}
