package dev.interleave.runtime;

import java.util.concurrent.Executor;

/**
 * The scheduler of every virtual thread in one execution. The JDK submits a thread's continuation
 * here whenever it becomes runnable; nothing runs until the execution's driver picks it.
 */
final class RunExecutor implements Executor {

    final Execution execution;

    RunExecutor(Execution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(Runnable continuation) {
        execution.submit(continuation);
    }
}
