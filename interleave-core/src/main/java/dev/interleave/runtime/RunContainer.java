package dev.interleave.runtime;

import java.util.stream.Stream;
import jdk.internal.vm.ThreadContainer;

/**
 * The thread container of one execution's virtual threads, in place of the JVM's root container.
 * The root container may keep every virtual thread it starts ({@code jdk.trackAllThreads}, on by
 * default); an execution that stops early leaves tasks parked for good, and only this container,
 * dropped with the execution, refers to them, so they can be collected.
 */
final class RunContainer extends ThreadContainer {

    /** The execution, or null once it is over (see {@link RunExecutor#detach}). */
    private volatile Execution execution;

    RunContainer(Execution execution) {
        super(true);
        this.execution = execution;
    }

    void detach() {
        execution = null;
    }

    @Override
    public String name() {
        return "interleave-execution";
    }

    @Override
    public Stream<Thread> threads() {
        Execution live = execution;
        return live == null ? Stream.empty() : live.liveThreads();
    }
}
