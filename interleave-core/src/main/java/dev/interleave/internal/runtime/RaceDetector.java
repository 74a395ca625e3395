package dev.interleave.internal.runtime;

import dev.interleave.DataRace;
import dev.interleave.DataRace.AccessKind;
import dev.interleave.bridge.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;

/**
 * A happens-before data-race detector in the style of FastTrack: each task has a vector clock,
 * each synchronization object (monitor, thread, volatile location, and one clock that stands for all
 * of {@code java.util.concurrent}) has the clock of its last release, and each plain location keeps
 * the epoch of its last write and of each task's last read since. An access that is not ordered
 * after a conflicting one is a race. It reports pairs of source lines, not executions: a race found
 * on a passing run is still a race.
 *
 * <p>Sound in what it reports given the edges it sees; it may miss races, never invents one from
 * the edges it knows, and over-synchronizes on purpose where the JDK's internals are hidden:
 * every call into {@code java.util.concurrent} acquires and releases one shared clock, and a task
 * woken by another (an unpark, a start, a hand-off) inherits the waker's clock.
 */
final class RaceDetector {

    /** The synchronization object that stands for every call into {@code java.util.concurrent}. */
    static final Object CONCURRENT = new Object();

    /** A location's accesses since its last write. */
    static final class Accesses {
        int writer = -1;
        int writeTime;
        SourceLine writeWhere;
        /** The last write's program frames, kept only by a run that keeps race stacks. */
        List<StackTraceElement> writeStack;
        /** Task id to its last read: {time, where, stack} packed as an Epoch. */
        Map<Integer, Epoch> reads;
        VectorClock volatileClock;
        /** The writer's clock when the last write was a release store (see {@link #releaseFence}), else null. */
        VectorClock releaseStore;
    }

    record Epoch(int time, SourceLine where, List<StackTraceElement> stack) {
    }

    private final Execution execution;
    private final Map<Integer, VectorClock> clocks = new HashMap<>();
    /** Task id to its clock's own time just after its last release fence. */
    private final Map<Integer, Integer> releaseFences = new HashMap<>();
    private final ObjectTable<VectorClock> syncClocks;
    private final Set<DataRace> found = new LinkedHashSet<>();
    /** Whether each access keeps its stack, so that a race shows both (one replay's cost, not an exploration's). */
    private final boolean stacks;

    RaceDetector(Execution execution, boolean stacks) {
        this.execution = execution;
        this.stacks = stacks;
        this.syncClocks = execution.objects.newTable();
    }

    List<DataRace> races() {
        return new ArrayList<>(found);
    }

    private VectorClock clock(Task task) {
        VectorClock clock = clocks.get(task.id);
        if (clock == null) {
            clock = new VectorClock();
            clock.set(task.id, 1);
            VectorClock started = syncClocks.get(task.programThread());
            if (started != null) {
                clock.join(started);
            }
            clocks.put(task.id, clock);
        }
        return clock;
    }

    /** {@code memory} says what the location is, for a report; it is asked only when there is a race to report. */
    void access(Task task, SharedMemory.Location location, boolean write, Supplier<DataRace.Memory> memory, SourceLine where) {
        VectorClock clock = clock(task);
        Accesses a = location.accesses;
        List<StackTraceElement> stack = stacks ? StackFilter.programFrames(List.of(Thread.currentThread().getStackTrace()))
                : List.of();
        boolean releaseStore = write && releaseFences.getOrDefault(task.id, -1) == clock.get(task.id);
        if (a.releaseStore != null && !write) {
            // Read as an acquire load of a release store: ordered after the store, and no read of its own to race with.
            clock.join(a.releaseStore);
            return;
        }
        if (releaseStore) {
            a.reads = null;
            wrote(a, task, clock, where, stack);
            a.releaseStore = clock.copy();
            return;
        }
        a.releaseStore = null;
        if (a.writer >= 0 && a.writer != task.id && a.writeTime > clock.get(a.writer)) {
            report(memory.get(), AccessKind.WRITE, a.writer, a.writeWhere, a.writeStack, write ? AccessKind.WRITE : AccessKind.READ,
                    task, where, stack);
        }
        if (write) {
            if (a.reads != null) {
                for (Map.Entry<Integer, Epoch> read : a.reads.entrySet()) {
                    int reader = read.getKey();
                    if (reader != task.id && read.getValue().time() > clock.get(reader)) {
                        report(memory.get(), AccessKind.READ, reader, read.getValue().where(), read.getValue().stack(),
                                AccessKind.WRITE, task, where, stack);
                    }
                }
                a.reads = null;
            }
            wrote(a, task, clock, where, stack);
        } else {
            if (a.reads == null) {
                a.reads = new HashMap<>(4);
            }
            a.reads.put(task.id, new Epoch(clock.get(task.id), where, stack));
        }
    }

    private static void wrote(Accesses a, Task task, VectorClock clock, SourceLine where, List<StackTraceElement> stack) {
        a.writer = task.id;
        a.writeTime = clock.get(task.id);
        a.writeWhere = where;
        a.writeStack = stack;
    }

    void volatileAccess(Task task, SharedMemory.Location location, boolean write) {
        Accesses a = location.accesses;
        if (a.volatileClock == null) {
            a.volatileClock = new VectorClock();
        }
        VectorClock clock = clock(task);
        if (write) {
            a.volatileClock.join(clock);
            clock.tick(task.id);
        } else {
            clock.join(a.volatileClock);
        }
    }

    /**
     * The task passed {@code VarHandle.releaseFence} (or a full fence), having released its clock
     * there: its plain writes until its next release are release stores, and a plain read of one
     * is taken for the acquire load that the writer's fence pairs with (a read and then
     * {@code acquireFence}, as the Disruptor's {@code Sequence} does). Lenient on purpose: such a
     * read without its acquire fence is a race that goes unreported; none is invented.
     */
    void releaseFence(Task task) {
        releaseFences.put(task.id, clock(task).get(task.id));
    }

    void acquire(Task task, Object target) {
        VectorClock released = target == null ? null : syncClocks.get(target);
        if (released != null) {
            clock(task).join(released);
        }
    }

    void release(Task task, Object target) {
        if (target == null) {
            return;
        }
        VectorClock clock = clock(task);
        VectorClock synced = syncClocks.get(target);
        (synced != null ? synced : syncClocks.put(target, new VectorClock())).join(clock);
        clock.tick(task.id);
    }

    void wake(Task waker, Task woken) {
        VectorClock clock = clock(waker);
        clock(woken).join(clock);
        clock.tick(waker.id);
    }

    private void report(DataRace.Memory memory, AccessKind firstKind, int firstTask, SourceLine firstWhere,
                        List<StackTraceElement> firstStack, AccessKind secondKind, Task second, SourceLine secondWhere,
                        List<StackTraceElement> secondStack) {
        String firstName = execution.tasks().get(firstTask).name;
        found.add(new DataRace(memory, new DataRace.Access(firstKind, firstName, at(firstWhere), firstStack),
                new DataRace.Access(secondKind, second.name, at(secondWhere), secondStack)));
    }

    /** An access's instruction as a frame: no file is null, no line negative, as stack traces have them. */
    private static StackTraceElement at(SourceLine where) {
        return new StackTraceElement(where.className(), where.method(), where.file().isEmpty() ? null : where.file(),
                where.line() > 0 ? where.line() : -1);
    }
}
