package dev.interleave.runtime;

import java.util.concurrent.Executor;

/**
 * The scheduler of every virtual thread in one execution: it marks a thread as controlled, and
 * leads to its execution. The patched JDK hands a runnable thread to the execution directly (by
 * thread, see {@code Bridge.submit}), so nothing is ever executed here: a call means the JDK
 * took a path Interleave did not patch, and the run must not go on as if controlled.
 */
final class RunExecutor implements Executor {

    final Execution execution;

    RunExecutor(Execution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(Runnable continuation) {
        throw new IllegalStateException("a controlled virtual thread was submitted by a path the agent did not patch");
    }
}
