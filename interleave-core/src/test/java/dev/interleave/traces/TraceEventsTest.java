package dev.interleave.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Event;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.TaskGroup;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * A recorded trace's events say what each task did, in the order it took effect, at the program's
 * own lines: a lock when it is taken, a start however the task was started, a notify as such,
 * Interleave's own bookkeeping left out, and an object by one name everywhere. (Not in package
 * {@code dev.interleave}: its classes are Interleave's own, and not instrumented as the program.)
 */
class TraceEventsTest {

    private static RunResult run(Mode mode, Interleave.Body body) {
        return Interleave.run(RunOptions.defaults().withEchoOutput(false).withRecordLocations(true).withMode(mode), body);
    }

    /** The events of {@code task}, in order. */
    private static List<Event> eventsOf(RunResult result, String task) {
        return result.trace().steps().stream().filter(s -> s.task().equals(task)).flatMap(s -> s.events().stream()).toList();
    }

    private static int indexOf(List<Event> events, Event.Kind kind) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aWaitInJdkCodeSaysSoInsteadOfNamingNoObject() {
        // java.util.Timer's thread waits on its queue in JDK code, a monitor Interleave does not model;
        // the trace read "wait on " with nothing after it (DerbyXaTimeoutDeadlock's Timer-0).
        RunResult result = run(Mode.COOPERATIVE, () -> {
            java.util.Timer timer = new java.util.Timer("timer", true);
            timer.schedule(new java.util.TimerTask() {
                @Override
                public void run() {
                    System.out.println("ran");
                }
            }, 10);
            Thread.sleep(20);
            timer.cancel();
        });
        assertTrue(result.passed(), () -> result.verdict().toString());
        List<String> waits = eventsOf(result, "timer").stream().filter(e -> e.kind() == Event.Kind.WAIT).map(Event::text).toList();
        assertFalse(waits.isEmpty(), result.trace().render());
        assertTrue(waits.stream().allMatch(text -> text.equals("wait (Object.wait in JDK code)")), waits.toString());
    }

    @Test
    void aLockIsShownWhenItIsTakenAfterTheParkThatWaitedForIt() {
        ReentrantLock lock = new ReentrantLock();
        RunResult result = run(Mode.COOPERATIVE, () -> {
            Thread holder = new Thread(() -> {
                lock.lock();
                try {
                    Thread.yield();
                } finally {
                    lock.unlock();
                }
            }, "holder");
            Thread waiter = new Thread(() -> {
                lock.lock();
                lock.unlock();
            }, "waiter");
            holder.start();
            waiter.start();
            holder.join();
            waiter.join();
        });
        assertTrue(result.passed(), result.verdict().toString());
        List<Event> waiter = eventsOf(result, "waiter");
        int park = indexOf(waiter, Event.Kind.PARK);
        int taken = indexOf(waiter, Event.Kind.LOCK);
        assertTrue(park >= 0 && taken > park, waiter + "\n" + result.trace().render());
        assertTrue(waiter.get(taken).location().startsWith("TraceEventsTest.lambda$"), waiter.get(taken).toString());
        // One name for the lock: the lock the waiter took is the one the holder took and parked it.
        Event holderLock = eventsOf(result, "holder").get(indexOf(eventsOf(result, "holder"), Event.Kind.LOCK));
        assertEquals(holderLock.object(), waiter.get(taken).object());
        assertEquals(holderLock.object(), waiter.get(park).object());
        assertTrue(holderLock.object().matches("ReentrantLock#\\d+"), holderLock.object());
    }

    @Test
    void aTaskStartedByABuilderIsShownStartedAtTheLineThatStartedIt() {
        RunResult result = run(Mode.COOPERATIVE, () -> {
            Thread worker = Thread.ofVirtual().name("built").start(Thread::yield);
            worker.join();
        });
        List<Event> main = eventsOf(result, "main");
        Event start = main.get(indexOf(main, Event.Kind.START));
        assertEquals("built", start.object());
        assertTrue(start.location().startsWith("TraceEventsTest.lambda$"), start.toString());
        assertTrue(main.stream().anyMatch(e -> e.kind() == Event.Kind.JOIN && e.object().equals("built")), main.toString());
    }

    @Test
    void aNotifyIsShownAsANotifyNotAsTheTasksExit() {
        Object monitor = new Object();
        boolean[] ready = {false};
        RunResult result = run(Mode.COOPERATIVE, () -> {
            Thread waiter = new Thread(() -> {
                synchronized (monitor) {
                    while (!ready[0]) {
                        try {
                            monitor.wait();
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }, "waiter");
            waiter.start();
            Thread.yield();
            synchronized (monitor) {
                ready[0] = true;
                monitor.notifyAll();
            }
            waiter.join();
        });
        assertTrue(result.passed(), result.verdict().toString());
        List<Event> main = eventsOf(result, "main");
        Event notify = main.get(indexOf(main, Event.Kind.NOTIFY_ALL));
        assertTrue(notify.object().matches("Object#\\d+"), notify.toString());
        assertTrue(notify.location().startsWith("TraceEventsTest.lambda$"), notify.toString());
    }

    @Test
    void taskGroupsOwnLockAndCallsAreLeftOutOfTheTraceInSyncMode() {
        RunResult result = run(Mode.SYNC, () -> {
            try (TaskGroup group = new TaskGroup()) {
                for (int i = 0; i < 2; i++) {
                    group.fork(Thread::yield);
                }
            }
        });
        assertTrue(result.passed(), result.verdict().toString());
        List<Event> events = result.trace().events();
        // Without the program's own locks, any lock, unlock or call is TaskGroup's.
        assertEquals(List.of(), events.stream().filter(e -> e.kind() == Event.Kind.LOCK || e.kind() == Event.Kind.UNLOCK
                || e.kind() == Event.Kind.CALL).toList(), result.trace().render());
        assertTrue(result.trace().steps().stream().anyMatch(Step::internal), "TaskGroup's lock is no point of sync mode?");
        assertEquals(List.of("task-1", "task-2"), events.stream().filter(e -> e.kind() == Event.Kind.START)
                .map(Event::object).toList(), result.trace().render());
        assertFalse(events.stream().anyMatch(e -> e.location().contains("TaskGroup")), result.trace().render());
    }
}
