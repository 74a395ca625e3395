package dev.interleave;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * A task forked into a {@link TaskGroup}: a handle on its outcome, like the task object that
 * {@code asyncio.TaskGroup.create_task} returns.
 *
 * @param <T> the type of the task's value ({@link Void} for a task that returns nothing)
 */
public final class Subtask<T> {

    /** Where a task is in its life. */
    public enum State {
        /** Started and not yet ended. */
        RUNNING,
        /** Ended by returning a value. */
        SUCCEEDED,
        /** Ended by throwing an exception or error of its own. */
        FAILED,
        /** Ended because the group cancelled it: it never ran, or it ended by its interruption. */
        CANCELLED
    }

    private final TaskGroup group;
    private final Callable<? extends T> body;
    final Thread thread;
    /** Set before the thread is interrupted, so that the task can tell its interruption apart. */
    volatile boolean cancelled;
    // Written before state, read after it: the volatile state publishes them.
    private T value;
    private Throwable exception;
    private volatile State state = State.RUNNING;

    /** Makes the task and its thread, not yet started. */
    Subtask(TaskGroup group, Thread.Builder.OfVirtual builder, Callable<? extends T> body) {
        this.group = group;
        this.body = body;
        this.thread = builder.unstarted(this::run);
    }

    void run() {
        if (cancelled) {
            // As asyncio does with a task cancelled before it started: do not run it at all.
            state = State.CANCELLED;
            return;
        }
        try {
            value = body.call();
            state = State.SUCCEEDED;
        } catch (Throwable e) {
            exception = e;
            group.taskFailed(this, e);
        }
    }

    void end(State outcome) {
        state = outcome;
    }

    /** The name of the task's thread; empty when it was forked without a name. */
    public String name() {
        return thread.getName();
    }

    /** Where the task is now. */
    public State state() {
        return state;
    }

    /**
     * The task's value.
     *
     * @throws IllegalStateException if the task has not ended (close the group or {@link #join()}
     *     first), or if it failed (the exception is the cause)
     * @throws CancellationException if the group cancelled the task
     */
    public T get() {
        return switch (state) {
            case SUCCEEDED -> value;
            case RUNNING -> throw new IllegalStateException("task " + this + " has not ended yet");
            case FAILED -> throw new IllegalStateException("task " + this + " failed", exception);
            case CANCELLED -> {
                var cancellation = new CancellationException("task " + this + " was cancelled");
                cancellation.initCause(exception);
                throw cancellation;
            }
        };
    }

    /** Waits for the task to end, then returns as {@link #get()} does. */
    public T join() throws InterruptedException {
        thread.join();
        return get();
    }

    /**
     * What the task threw, or null if it succeeded or was cancelled before it ran.
     *
     * @throws IllegalStateException if the task has not ended yet
     */
    public Throwable exception() {
        if (state == State.RUNNING) {
            throw new IllegalStateException("task " + this + " has not ended yet");
        }
        return exception;
    }

    @Override
    public String toString() {
        String name = thread.getName();
        return (name.isEmpty() ? "#" + thread.threadId() : name) + " (" + state + ")";
    }
}
