package dev.interleave.bridge;

import java.util.concurrent.ForkJoinPool;

/**
 * Static entry points that the JDK's fork/join classes call once patched (see {@code ForkJoinPatches}
 * in the agent). The JDK's pools stay trusted as a whole: no scheduling point inside their queues.
 * What the program can tell apart is modelled here: a task pushed to a queue may be taken by another
 * worker at once (a point of sync mode, and an edge from the forker to the task), a task that waits
 * for another may help run queued tasks or let others run them (a point in every mode), and a task's
 * completion state (status, a completer's pending count, a future's result) orders what its
 * completer did before what its joiner does after (edges of the race detector). Kept apart from
 * {@link Bridge} so that this concern installs on its own. With no hooks installed every call does
 * what the JDK would.
 */
public final class ForkJoin {

    private static volatile ForkJoinHooks hooks;

    private ForkJoin() {
    }

    /** Installs the runtime's hooks; the previous hooks must be null or {@code expected}. */
    public static synchronized void install(ForkJoinHooks expected, ForkJoinHooks installed) {
        if (hooks != expected) {
            throw new IllegalStateException("other fork/join hooks are already installed");
        }
        hooks = installed;
    }

    public static void forking(Object task) {
        ForkJoinHooks h = hooks;
        if (h != null && task != null) {
            h.forking(task);
        }
    }

    public static void forked(Object task) {
        ForkJoinHooks h = hooks;
        if (h != null && task != null) {
            h.forked(task);
        }
    }

    public static void awaiting(Object target) {
        ForkJoinHooks h = hooks;
        if (h != null && target != null) {
            h.awaiting(target);
        }
    }

    public static void stateRead(Object task) {
        ForkJoinHooks h = hooks;
        if (h != null && task != null) {
            h.stateRead(task);
        }
    }

    public static void stateUpdated(Object task) {
        ForkJoinHooks h = hooks;
        if (h != null && task != null) {
            h.stateUpdated(task);
        }
    }

    /**
     * The pool a submission to {@code pool} goes to (see {@code ForkJoinHooks.submissionPool}). A pool
     * reaches code that outlives an execution when a JDK class initialized inside one keeps it in a
     * static field: the JDK's HTTP client keeps {@code CompletableFuture}'s default executor, which
     * inside a task is that execution's stand-in for the common pool.
     */
    public static ForkJoinPool submissionPool(ForkJoinPool pool) {
        ForkJoinHooks h = hooks;
        return h == null || pool == null ? pool : h.submissionPool(pool);
    }

    /**
     * {@code Thread.currentThread()} in fork/join code: a pool's worker runs as a controlled virtual
     * thread that stands in for it, and the pool must still see its {@code ForkJoinWorkerThread}, or
     * the worker's forks would go to the common pool and its joins would not help as a worker's do.
     */
    public static Thread currentThread() {
        return Bridge.currentThread();
    }

    /**
     * {@code JavaLangAccess.currentCarrierThread()} in fork/join code, given the JDK's answer: a
     * controlled task's carrier is Interleave's driver, so the task's own thread (a worker's
     * {@code ForkJoinWorkerThread}) stands for it, as it is a platform thread's own carrier.
     */
    public static Thread carrierThread(Thread carrier) {
        if (Bridge.hooks() == null) {
            return carrier;
        }
        Thread seen = Bridge.currentThread();
        return seen.isVirtual() ? carrier : seen;
    }

    /**
     * {@code Runtime.availableProcessors()} in the program and in {@code java.util.concurrent}: the
     * same under control on every machine, so that pools are as large and work splits the same way
     * wherever a schedule is replayed.
     */
    public static int availableProcessors(Runtime runtime) {
        ForkJoinHooks h = hooks;
        int fixed = h == null ? -1 : h.availableProcessors();
        return fixed > 0 ? fixed : runtime.availableProcessors();
    }
}
