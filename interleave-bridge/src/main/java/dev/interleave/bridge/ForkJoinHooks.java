package dev.interleave.bridge;

import java.util.concurrent.ForkJoinPool;

/**
 * What the runtime does where patched fork/join code (pools, tasks, completers, completable
 * futures) calls {@link ForkJoin}. Every call is made only while a runtime is installed, and must
 * answer quickly for threads that are not controlled.
 */
public interface ForkJoinHooks {

    /** {@code task} is about to be pushed to a pool's queue: what the forker did so far happens before it runs. */
    void forking(Object task);

    /** {@code task} is in a pool's queue, and a worker woken for it may take it before the forker goes on. */
    void forked(Object task);

    /** The calling task is about to wait for, or help run, the unfinished {@code target}. */
    void awaiting(Object target);

    /** A read of the completion state (status, pending count, result) of {@code task}. */
    void stateRead(Object task);

    /** A write or atomic update of the completion state of {@code task}. */
    void stateUpdated(Object task);

    /**
     * The pool that work given to {@code pool} goes to: the calling task's execution's own pool in
     * place of the JVM's common pool or of another execution's, and the JVM's common pool in place
     * of a finished execution's for a thread that is not controlled; else {@code pool}.
     */
    ForkJoinPool submissionPool(ForkJoinPool pool);

    /** The number of processors a controlled task sees, or -1 for the machine's. */
    int availableProcessors();
}
