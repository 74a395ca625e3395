package dev.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// The timeout is only a safety net against a hang: it interrupts the test thread, which makes
// close cancel its tasks.
@Timeout(60)
class TaskGroupTest {

    /**
     * Counts down {@code gate} once {@code waiter} is parked, which in these tests means in close
     * or join. Spinning on the state, rather than sleeping, keeps the order certain.
     */
    private static void releaseWhenWaiting(Thread waiter, CountDownLatch gate) {
        Thread.ofVirtual().start(() -> {
            awaitParkedOrEnded(waiter);
            gate.countDown();
        });
    }

    private static Thread.State awaitParkedOrEnded(Thread thread) {
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TERMINATED) {
                return state;
            }
            Thread.yield();
        }
    }

    private static void noop() {
    }

    @Test
    void closeWaitsForEveryTask() {
        var gate = new CountDownLatch(1);
        var finished = new AtomicInteger();
        Subtask<Void> first;
        Subtask<Void> second;
        Subtask<Void> third;
        try (var group = new TaskGroup()) {
            first = group.fork(() -> {
                gate.await();
                finished.incrementAndGet();
            });
            second = group.fork(() -> {
                gate.await();
                finished.incrementAndGet();
            });
            third = group.fork(() -> {
                gate.await();
                finished.incrementAndGet();
            });
            // The tasks can end only once this thread waits in close.
            releaseWhenWaiting(Thread.currentThread(), gate);
        }
        assertEquals(3, finished.get());
        for (Subtask<Void> task : List.of(first, second, third)) {
            assertEquals(Subtask.State.SUCCEEDED, task.state());
            assertFalse(task.thread.isAlive());
        }
    }

    @Test
    void handlesGiveTheValues() throws InterruptedException {
        var gate = new CountDownLatch(1);
        Subtask<Integer> number;
        Subtask<String> text;
        Subtask<Void> nothing;
        try (var group = new TaskGroup()) {
            number = group.fork(() -> {
                gate.await();
                return 42;
            });
            text = group.fork("named", () -> "hello");
            nothing = group.fork(TaskGroupTest::noop);
            assertEquals(Subtask.State.RUNNING, number.state());
            assertThrows(IllegalStateException.class, number::get);
            // The task can end only once this thread waits in join.
            releaseWhenWaiting(Thread.currentThread(), gate);
            assertEquals(42, number.join());
        }
        assertEquals(42, number.get());
        assertEquals("hello", text.get());
        assertEquals("named", text.name());
        assertNull(nothing.get());
        assertNull(number.exception());
        assertEquals(Subtask.State.SUCCEEDED, nothing.state());
    }

    private static final ConcurrentLinkedQueue<Thread> seen = new ConcurrentLinkedQueue<>();

    private static void record() {
        seen.add(Thread.currentThread());
    }

    private static void recordOrThrow(boolean fail) throws IOException {
        if (fail) {
            throw new IOException("asked to");
        }
        record();
    }

    @Test
    void bothForkOverloadsTakeLambdasAndRunOnVirtualThreads() {
        seen.clear();
        // The declared types check, at compile time, which overload each lambda went to.
        Subtask<Void> voidCall;
        Subtask<Void> voidBlock;
        Subtask<Void> throwingVoidCall;
        Subtask<Void> methodReference;
        Subtask<Boolean> valueCall;
        Subtask<Integer> valueBlock;
        Subtask<Void> namedVoid;
        Subtask<String> namedValue;
        try (var group = new TaskGroup()) {
            voidCall = group.fork(() -> record());
            voidBlock = group.fork(() -> {
                record();
            });
            throwingVoidCall = group.fork(() -> recordOrThrow(false));
            methodReference = group.fork(TaskGroupTest::record);
            valueCall = group.fork(() -> seen.add(Thread.currentThread()));
            valueBlock = group.fork(() -> {
                record();
                return 7;
            });
            namedVoid = group.fork("void worker", () -> record());
            namedValue = group.fork("value worker", () -> {
                record();
                return Thread.currentThread().getName();
            });
        }
        for (Subtask<Void> task : List.of(voidCall, voidBlock, throwingVoidCall, methodReference, namedVoid)) {
            assertEquals(Subtask.State.SUCCEEDED, task.state());
            assertNull(task.get());
        }
        assertTrue(valueCall.get());
        assertEquals(7, valueBlock.get());
        assertEquals("void worker", namedVoid.name());
        assertEquals("value worker", namedValue.get());
        assertEquals("", voidCall.name());
        assertEquals(8, seen.size());
        seen.forEach(thread -> assertTrue(thread.isVirtual(), thread + " is not virtual"));
    }

    @Test
    void firstFailureCancelsABlockedTaskAndCloseWaitsForItToEnd() {
        var blockerStarted = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var mayEnd = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        var ended = new AtomicBoolean();
        var failure = new IllegalStateException("boom");
        Subtask<Void> blocker;
        Subtask<Void> failer;
        var group = new TaskGroup();
        blocker = group.fork(() -> {
            blockerStarted.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                // Ends only once close is waiting: close must wait for it.
                mayEnd.await();
                ended.set(true);
                throw e;
            }
        });
        failer = group.fork(() -> {
            blockerStarted.await();
            throw failure;
        });
        releaseWhenWaiting(Thread.currentThread(), mayEnd);
        var thrown = assertThrows(IllegalStateException.class, group::close);
        assertSame(failure, thrown);
        assertEquals(0, thrown.getSuppressed().length, "the cancelled task's interruption is no failure");
        assertTrue(interrupted.get());
        assertTrue(ended.get());
        assertFalse(blocker.thread.isAlive());
        assertEquals(Subtask.State.CANCELLED, blocker.state());
        assertInstanceOf(InterruptedException.class, blocker.exception());
        assertThrows(CancellationException.class, blocker::get);
        assertEquals(Subtask.State.FAILED, failer.state());
        assertSame(failure, failer.exception());
        assertSame(failure, assertThrows(IllegalStateException.class, failer::get).getCause());
    }

    @Test
    void firstFailureIsRethrownWithTheOthersSuppressed() {
        var started = new CountDownLatch(2);
        var never = new CountDownLatch(1);
        var first = new UnsupportedOperationException("first");
        var cleanup = new IllegalArgumentException("cleanup failed");
        var wrappedInterruption = new AtomicReference<RuntimeException>();
        var group = new TaskGroup();
        group.fork(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                // A real failure while reacting to the cancellation: it must not be lost.
                throw cleanup;
            }
        });
        group.fork(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                // Only the cancellation, wrapped: not a failure of its own.
                var wrapped = new RuntimeException(e);
                wrappedInterruption.set(wrapped);
                throw wrapped;
            }
        });
        group.fork(() -> {
            started.await();
            throw first;
        });
        var thrown = assertThrows(UnsupportedOperationException.class, group::close);
        assertSame(first, thrown);
        assertEquals(List.of(cleanup), List.of(thrown.getSuppressed()));
        assertTrue(wrappedInterruption.get() != null, "the second task was not interrupted");
    }

    @Test
    void aCheckedFailureIsWrappedWithItAsCause() {
        var started = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var checked = new IOException("disk");
        var later = new IOException("later");
        var group = new TaskGroup();
        group.fork(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                throw later;
            }
        });
        group.fork(() -> {
            started.await();
            throw checked;
        });
        var thrown = assertThrows(TaskGroup.TaskFailedException.class, group::close);
        assertSame(checked, thrown.getCause());
        assertEquals(List.of(later), List.of(thrown.getSuppressed()));
        assertEquals(0, checked.getSuppressed().length);
    }

    @Test
    void anErrorIsRethrownItself() {
        var error = new AssertionError("bad");
        var group = new TaskGroup();
        group.fork(() -> {
            throw error;
        });
        assertSame(error, assertThrows(AssertionError.class, group::close));
        group.close();
        assertEquals(0, error.getSuppressed().length);
    }

    @Test
    void aTaskInterruptedByAnythingElseIsARealFailure() {
        var group = new TaskGroup();
        group.fork(() -> {
            Thread.currentThread().interrupt();
            new CountDownLatch(1).await();
        });
        var thrown = assertThrows(TaskGroup.TaskFailedException.class, group::close);
        assertInstanceOf(InterruptedException.class, thrown.getCause());
    }

    @Test
    void forkAfterCloseThrows() {
        var group = new TaskGroup();
        group.fork(TaskGroupTest::noop);
        group.close();
        var thrown = assertThrows(IllegalStateException.class, () -> group.fork(TaskGroupTest::noop));
        assertTrue(thrown.getMessage().contains("closed"), thrown.getMessage());
        assertThrows(IllegalStateException.class, () -> group.fork(() -> 1));
    }

    @Test
    void forkWhileCancellingAfterAFailureThrows() {
        var started = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var failure = new IllegalStateException("boom");
        var refused = new AtomicReference<IllegalStateException>();
        var group = new TaskGroup();
        group.fork(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                refused.set(assertThrows(IllegalStateException.class, () -> group.fork(TaskGroupTest::noop)));
            }
        });
        group.fork(() -> {
            started.await();
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalStateException.class, group::close));
        assertTrue(refused.get().getMessage().contains("cancelling"), refused.get().getMessage());
        assertSame(failure, refused.get().getCause());
    }

    @Test
    void closeWithNoTasksReturnsAndClosingAgainDoesNothing() {
        var group = new TaskGroup();
        group.close();
        group.close();
        assertThrows(IllegalStateException.class, () -> group.fork(TaskGroupTest::noop));
    }

    @Test
    void closeFromAnotherThreadIsRefused() throws InterruptedException {
        var group = new TaskGroup();
        var thrown = new AtomicReference<Throwable>();
        Thread other = Thread.ofVirtual().start(() -> {
            try {
                group.close();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        other.join();
        assertInstanceOf(WrongThreadException.class, thrown.get());
        group.fork(TaskGroupTest::noop);
        group.close();
    }

    @Test
    void groupsNest() {
        Subtask<Integer> sum;
        try (var outer = new TaskGroup()) {
            sum = outer.fork(() -> {
                Subtask<Integer> a;
                Subtask<Integer> b;
                try (var inner = new TaskGroup()) {
                    a = inner.fork(() -> 20);
                    b = inner.fork(() -> 22);
                }
                return a.get() + b.get();
            });
        }
        assertEquals(42, sum.get());
    }

    @Test
    void anInnerFailurePropagatesThroughTheOuterGroup() {
        var failure = new IllegalArgumentException("inner");
        var outer = new TaskGroup();
        Subtask<Void> middle = outer.fork(() -> {
            try (var inner = new TaskGroup()) {
                inner.fork(() -> {
                    throw failure;
                });
            }
        });
        assertSame(failure, assertThrows(IllegalArgumentException.class, outer::close));
        assertEquals(Subtask.State.FAILED, middle.state());
    }

    @Test
    void cancellingAnOuterTaskCancelsItsInnerGroup() {
        var innerStarted = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var failure = new IllegalStateException("outer");
        var innerTask = new AtomicReference<Subtask<Void>>();
        var outer = new TaskGroup();
        Subtask<Void> middle = outer.fork(() -> {
            try (var inner = new TaskGroup()) {
                innerTask.set(inner.fork(() -> {
                    innerStarted.countDown();
                    never.await();
                }));
            }
        });
        outer.fork(() -> {
            innerStarted.await();
            throw failure;
        });
        var thrown = assertThrows(IllegalStateException.class, outer::close);
        assertSame(failure, thrown);
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(Subtask.State.CANCELLED, middle.state());
        assertInstanceOf(CancellationException.class, middle.exception());
        assertEquals(Subtask.State.CANCELLED, innerTask.get().state());
    }

    @Test
    void tasksForkIntoTheirOwnGroupWhileCloseWaits() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var forked = new AtomicReference<Subtask<String>>();
        var late = new AtomicBoolean();
        Thread closer = Thread.currentThread();
        Subtask<Void> parent;
        try (var group = new TaskGroup()) {
            parent = group.fork(() -> {
                forked.set(group.fork(() -> {
                    gate.await();
                    late.set(true);
                    return "child";
                }));
            });
            Thread.ofVirtual().start(() -> {
                try {
                    parent.join();
                } catch (InterruptedException e) {
                    return;
                }
                // The child can end only once close waits for it, having seen the parent end.
                releaseWhenWaiting(closer, gate);
            });
        }
        assertTrue(late.get());
        assertEquals("child", forked.get().get());
        assertEquals(Subtask.State.SUCCEEDED, parent.state());
    }

    @Test
    void interruptingCloseCancelsTheTasksWaitsForThemAndKeepsTheInterrupt() throws InterruptedException {
        var taskStarted = new CountDownLatch(1);
        var taskInterrupted = new CountDownLatch(1);
        var mayEnd = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var task = new AtomicReference<Subtask<Void>>();
        var thrown = new AtomicReference<RuntimeException>();
        var stillInterrupted = new AtomicBoolean();
        Thread owner = Thread.ofVirtual().start(() -> {
            var group = new TaskGroup();
            task.set(group.fork(() -> {
                taskStarted.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    taskInterrupted.countDown();
                    mayEnd.await();
                    throw e;
                }
            }));
            try {
                group.close();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        taskStarted.await();
        owner.interrupt();
        taskInterrupted.await();
        // The task cannot end yet, so close must park again rather than return.
        assertEquals(Thread.State.WAITING, awaitParkedOrEnded(owner), "close returned before its task ended");
        mayEnd.countDown();
        owner.join();
        assertInstanceOf(CancellationException.class, thrown.get());
        assertInstanceOf(InterruptedException.class, thrown.get().getCause());
        assertTrue(stillInterrupted.get());
        assertEquals(Subtask.State.CANCELLED, task.get().state());
    }
}
