package dev.interleave.internal.runtime;

import dev.interleave.Event;
import dev.interleave.bridge.ForkJoinHooks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The runtime behind the bridge's {@code ForkJoin}: the fork/join framework as the scheduler and
 * the race detector see it. The pools' queues stay the JDK's, trusted as a whole; what the program
 * can tell apart is modelled. A push to a queue is a synchronization action: what the forker did
 * happens before the task runs, and once it is queued (a point of sync mode) a worker may take it
 * before the forker goes on.
 * Waiting for an unfinished task is a point in every mode, as blocking is: a joiner may help run
 * queued tasks or let the workers run them. A task's completion state (status, a completer's pending
 * count, a completable future's result, an executor's future task's state) is a volatile location
 * of the race detector, keyed by the task. Every such step uses the pool's state, which footprints do
 * not name.
 */
final class ForkJoinRuntime implements ForkJoinHooks {

    /**
     * The processors a controlled task sees, whatever the machine: pools sized by
     * {@code Runtime.availableProcessors()} have this many workers, as does the common pool.
     */
    static final int PROCESSORS = 2;

    private static Execution execution() {
        Execution execution = JdkInternals.scheduler(Thread.currentThread()) instanceof RunExecutor executor
                ? executor.execution : null;
        return execution == null || execution.current() == null ? null : execution;
    }

    @Override
    public void forking(Object task) {
        Execution execution = execution();
        if (execution != null) {
            usedPool(execution);
            execution.memory.races.release(execution.current(), task);
        }
    }

    @Override
    public void forked(Object task) {
        Execution execution = execution();
        if (execution != null) {
            execution.memory.syncPoint(execution.current(), Event.Kind.CALL, "fork", task);
            execution.memory.recordHere(Event.Kind.CALL, "fork", task);
        }
    }

    @Override
    public void awaiting(Object target) {
        Execution execution = execution();
        if (execution == null) {
            return;
        }
        Task task = execution.current();
        if (target instanceof CompletableFuture<?> && !(task.programThread() instanceof ForkJoinWorkerThread)) {
            return; // only a pool's worker helps before it blocks on a future; others just block
        }
        String what = target instanceof ForkJoinPool ? "quiesce" : "join";
        execution.memory.awaitPoint(task, Event.Kind.CALL, what, target);
        execution.memory.recordHere(Event.Kind.CALL, what, target);
        usedPool(execution);
    }

    @Override
    public void stateRead(Object task) {
        Execution execution = execution();
        if (execution != null) {
            usedPool(execution);
            execution.memory.races.acquire(execution.current(), task);
        }
    }

    @Override
    public void stateUpdated(Object task) {
        Execution execution = execution();
        if (execution != null) {
            usedPool(execution);
            Task current = execution.current();
            execution.memory.races.acquire(current, task);
            execution.memory.races.release(current, task);
        }
    }

    /**
     * A controlled task's work goes to its execution's pool whichever common pool it names: the
     * JVM's, which would run it uncontrolled, or an earlier execution's, whose idle workers belong to
     * a run that is over and would never take it. A thread that is not controlled gets the JVM's pool
     * for a finished execution's. Anything else keeps its pool.
     */
    @Override
    public ForkJoinPool submissionPool(ForkJoinPool pool) {
        Execution owner = CommonPoolStandIn.ownerOf(pool);
        Execution execution = execution();
        if (execution != null) {
            return owner == execution || owner == null && pool != ControlledRuntime.COMMON_POOL ? pool : execution.commonPool();
        }
        return owner != null && owner.isFinished() ? ControlledRuntime.COMMON_POOL : pool;
    }

    @Override
    public int availableProcessors() {
        return JdkInternals.scheduler(Thread.currentThread()) instanceof RunExecutor ? PROCESSORS : -1;
    }

    private static void usedPool(Execution execution) {
        if (execution.footprints != null) {
            execution.footprints.shared();
        }
    }
}
