package dev.interleave;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Structured concurrency in the shape of Python's {@code asyncio.TaskGroup}: tasks forked into a
 * group run at once on their own virtual threads, and {@link #close()} (the end of a
 * try-with-resources block) waits until every one of them has ended, so that no task outlives the
 * block. The first task to fail cancels the others by interrupting them, and close rethrows that
 * failure.
 *
 * <pre>{@code
 * try (var group = new TaskGroup()) {
 *     Subtask<String> user = group.fork(() -> fetchUser(id));
 *     group.fork(() -> audit(id));          // a void body
 * }                                         // waits for both; rethrows the first failure
 * }</pre>
 */
public final class TaskGroup implements AutoCloseable {

    /** A task body that returns nothing and may throw. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /**
     * Thrown by {@link #close()} when the first task failure was a checked exception, which is
     * its cause; the failures of the other tasks are suppressed exceptions.
     */
    public static final class TaskFailedException extends RuntimeException {
        TaskFailedException(Throwable cause) {
            super(cause);
        }
    }

    private enum Phase { OPEN, CANCELLED, CLOSED }

    private final Thread owner = Thread.currentThread();
    // Only ever held briefly and never across blocking, so fork neither blocks nor yields when
    // threads run one at a time.
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Subtask<?>> tasks = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private Phase phase = Phase.OPEN;

    /** Makes an empty group owned by the calling thread, which alone may close it. */
    public TaskGroup() {
    }

    /** Starts {@code body} on a new virtual thread. */
    public <T> Subtask<T> fork(Callable<? extends T> body) {
        return fork(null, body);
    }

    /**
     * Starts {@code body} on a new virtual thread; its value is null. A lambda whose body is a
     * void call comes here, one that yields a value goes to {@link #fork(Callable)}, as with
     * {@code ExecutorService.submit}. Fork a {@link Runnable} as {@code runnable::run}.
     */
    public Subtask<Void> fork(Body body) {
        return fork(null, body);
    }

    /** Starts {@code body} on a new virtual thread with the given name (null for none). */
    public Subtask<Void> fork(String name, Body body) {
        Objects.requireNonNull(body, "body");
        return fork(name, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Starts {@code body} on a new virtual thread with the given name (null for none). Any thread
     * may fork, tasks of the group included, until close has seen every task end.
     *
     * @throws IllegalStateException if the group is closed, or is cancelling its tasks after a
     *     failure or an interruption of close
     */
    public <T> Subtask<T> fork(String name, Callable<? extends T> body) {
        Objects.requireNonNull(body, "body");
        Thread.Builder.OfVirtual builder = Thread.ofVirtual();
        if (name != null) {
            builder.name(name);
        }
        lock.lock();
        try {
            switch (phase) {
                case CLOSED -> throw new IllegalStateException("cannot fork: the task group is closed");
                case CANCELLED -> throw new IllegalStateException(
                        "cannot fork: the task group is cancelling its tasks", firstFailure());
                case OPEN -> { }
            }
            Subtask<T> task = new Subtask<>(this, builder, body);
            // Started under the lock, so that close and cancellation never see a task whose
            // thread has not started: joining such a thread would return at once.
            task.thread.start();
            tasks.add(task);
            return task;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for every task to end, then rethrows the first failure, with the failures of the other
     * tasks suppressed: itself if it is unchecked, else wrapped in a {@link TaskFailedException}.
     * Failures that a task's cancellation caused (its interruption) are dropped. If the calling
     * thread is interrupted while waiting, close cancels the tasks, still waits for them, keeps the
     * thread's interrupt status set, and throws a {@link CancellationException} unless a task
     * failed. Closing again does nothing.
     *
     * <p>Unlike {@code asyncio}, the block of the try-with-resources statement and its tasks do
     * not cancel each other: a task's failure does not interrupt the thread running the block (it
     * comes out of close), and close cannot see an exception thrown by the block, so it waits for
     * the tasks as usual.
     *
     * @throws WrongThreadException if the calling thread is not the one that made the group
     */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new WrongThreadException("a task group must be closed by the thread that made it");
        }
        InterruptedException interruption = null;
        int ended = 0;
        while (true) {
            Subtask<?> next;
            lock.lock();
            try {
                if (phase == Phase.CLOSED) {
                    return;
                }
                if (ended == tasks.size()) {
                    phase = Phase.CLOSED;
                    break;
                }
                next = tasks.get(ended);
            } finally {
                lock.unlock();
            }
            try {
                next.thread.join();
                ended++;
            } catch (InterruptedException e) {
                if (interruption == null) {
                    interruption = e;
                    cancel();
                }
            }
        }
        if (interruption != null) {
            Thread.currentThread().interrupt();
        }
        rethrow(interruption);
    }

    /** Called on the thread of a task that threw {@code error}. */
    void taskFailed(Subtask<?> task, Throwable error) {
        lock.lock();
        try {
            if (task.cancelled && causedByCancellation(error)) {
                task.end(Subtask.State.CANCELLED);
                return;
            }
            task.end(Subtask.State.FAILED);
            failures.add(error);
        } finally {
            lock.unlock();
        }
        cancel();
    }

    /** Interrupts every running task, once, and refuses further forks. */
    private void cancel() {
        List<Subtask<?>> running = new ArrayList<>();
        lock.lock();
        try {
            if (phase != Phase.OPEN) {
                return;
            }
            phase = Phase.CANCELLED;
            for (Subtask<?> task : tasks) {
                if (task.state() == Subtask.State.RUNNING) {
                    task.cancelled = true;
                    running.add(task);
                }
            }
        } finally {
            lock.unlock();
        }
        for (Subtask<?> task : running) {
            task.thread.interrupt();
        }
    }

    private Throwable firstFailure() {
        return failures.isEmpty() ? null : failures.getFirst();
    }

    private void rethrow(InterruptedException interruption) {
        List<Throwable> all;
        lock.lock();
        try {
            all = List.copyOf(failures);
        } finally {
            lock.unlock();
        }
        if (all.isEmpty()) {
            if (interruption != null) {
                var cancellation = new CancellationException(
                        "interrupted while waiting for the task group; its tasks were cancelled");
                cancellation.initCause(interruption);
                throw cancellation;
            }
            return;
        }
        Throwable first = all.getFirst();
        Throwable thrown = first instanceof RuntimeException || first instanceof Error
                ? first : new TaskFailedException(first);
        for (Throwable other : all.subList(1, all.size())) {
            if (other != first) {
                thrown.addSuppressed(other);
            }
        }
        if (thrown instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw (Error) thrown;
    }

    /** Whether a task's failure is just how it reacted to being interrupted by the group. */
    private static boolean causedByCancellation(Throwable error) {
        // A bounded walk down the causes: it may be a cycle, and an interruption is seldom wrapped
        // more than a few times.
        for (int depth = 0; error != null && depth < 16; depth++, error = error.getCause()) {
            if (error instanceof InterruptedException
                    || error instanceof InterruptedIOException
                    || error instanceof ClosedByInterruptException
                    || error instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }
}
