package dev.interleave.internal.runtime;

import java.util.concurrent.Executor;

/**
 * The scheduler of every virtual thread in one execution: it marks a thread as controlled, and
 * leads to its execution. The patched JDK hands a runnable thread to the execution directly (by
 * thread, see {@code Bridge.submit}), so nothing is ever executed here: a call means the JDK
 * took a path Interleave did not patch, and the run must not go on as if controlled.
 *
 * <p>When the execution is over it lets go of it: a task left behind (parked for good, or waiting
 * in a JDK monitor's wait set, which the JVM holds as a root) keeps its thread, and its thread keeps
 * this scheduler, but not the whole execution.
 */
final class RunExecutor implements Executor {

    /** The execution, or null once it is over. */
    volatile Execution execution;

    RunExecutor(Execution execution) {
        this.execution = execution;
    }

    /** The execution is over: its tasks left behind no longer lead to it. */
    void detach() {
        execution = null;
    }

    @Override
    public void execute(Runnable continuation) {
        throw new IllegalStateException("a controlled virtual thread was submitted by a path the agent did not patch");
    }
}
