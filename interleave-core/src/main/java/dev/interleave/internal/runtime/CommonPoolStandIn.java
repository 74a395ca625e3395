package dev.interleave.internal.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The worker factory of an execution's stand-in for the common fork/join pool: it names the workers
 * as the JVM's pool does, and it tells which execution a pool belongs to, so that a pool that
 * outlived its execution (kept in a JDK class's static field) can be told from the current one's.
 */
final class CommonPoolStandIn implements ForkJoinPool.ForkJoinWorkerThreadFactory {

    /**
     * The number of workers of an execution's common pool: fixed, not the machine's, so that a
     * schedule replays the same on every machine.
     */
    private static final int PARALLELISM = ForkJoinRuntime.PROCESSORS;

    final Execution execution;
    private int workers;

    private CommonPoolStandIn(Execution execution) {
        this.execution = execution;
    }

    static ForkJoinPool create(Execution execution) {
        return new ForkJoinPool(PARALLELISM, new CommonPoolStandIn(execution), null, false);
    }

    /** The execution whose stand-in {@code pool} is; null for any other pool. */
    static Execution ownerOf(ForkJoinPool pool) {
        return pool.getFactory() instanceof CommonPoolStandIn standIn ? standIn.execution : null;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        worker.setName("ForkJoinPool.commonPool-worker-" + ++workers);
        return worker;
    }
}
