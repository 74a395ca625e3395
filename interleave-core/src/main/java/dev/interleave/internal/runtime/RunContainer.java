package dev.interleave.internal.runtime;

import java.util.stream.Stream;
import jdk.internal.vm.ThreadContainer;

/**
 * The thread container of one execution's virtual threads, in place of the JVM's root container.
 * The root container may keep every virtual thread it starts ({@code jdk.trackAllThreads}, on by
 * default); an execution that stops early leaves tasks parked for good, and only this container,
 * dropped with the execution, refers to them, so they can be collected.
 */
final class RunContainer extends ThreadContainer {

    /** Leads to the execution while it runs (see {@link RunExecutor#detach}): one link to let go of. */
    private final RunExecutor executor;

    RunContainer(RunExecutor executor) {
        super(true);
        this.executor = executor;
    }

    @Override
    public String name() {
        return "interleave-execution";
    }

    @Override
    public Stream<Thread> threads() {
        Execution live = executor.execution;
        return live == null ? Stream.empty() : live.liveThreads();
    }
}
