package dev.interleave.internal.runtime;

import dev.interleave.BlockedTask;
import dev.interleave.Event;
import dev.interleave.Failure;
import dev.interleave.InterleaveFault;
import dev.interleave.PointKind;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Step;
import dev.interleave.TaskStack;
import dev.interleave.Trace;
import dev.interleave.Verdict;
import dev.interleave.internal.strategy.DecisionPoint;
import dev.interleave.internal.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntPredicate;
import java.util.stream.Stream;


/**
 * One execution of a program under control. The thread that calls {@link #run} is the driver: it
 * carries every controlled virtual thread itself, one step at a time, and between steps asks the
 * strategy which runnable task goes next. Everything here but {@link #submit} and the unblock
 * flags runs on the driver's own OS thread, so it needs no locking.
 */
public final class Execution {

    /** The body of a run: what the main task does. */
    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    private static final long UNBLOCK_WAIT_LIMIT_NANOS = 10_000_000_000L;
    /** Iterations of a loop after which a task that reached no scheduling point gives way to others. */
    static final int PREEMPT_LOOP_ITERATIONS = 10_000;
    /** How long past the time limit a step that does not end is left to run before it is given up. */
    private static final long TIME_LIMIT_GRACE_NANOS = 1_000_000_000L;
    /** Seeds the randomness the JDK draws for itself (see {@link JdkInternals#fixCarrierProbe}). */
    private static final int RANDOM_MIX = 0x9E3779B9;
    /** Thread ids of an execution's tasks, in creation order, so that they repeat from run to run. */
    static final long FIRST_THREAD_ID = 1_000;

    final RunExecutor executor = new RunExecutor(this);
    final VirtualClock clock = new VirtualClock();
    private final TimeoutCycles timeoutCycles = new TimeoutCycles();
    /** The runtime's state of each object, for this execution. */
    final ObjectTables objects = new ObjectTables();
    final MonitorModel monitors = new MonitorModel(clock, objects);
    final OutputCapture.Buffer output = new OutputCapture.Buffer();
    final ObjectNames names = new ObjectNames(objects);
    /** The tasks' waits on sockets, pipes, selectors and processes. */
    final OutsideWaits outside = new OutsideWaits(this);
    final SharedMemory memory;
    /** Which line of the code under test each recorded event and step belongs to. */
    final Attribution attribution;
    /** The running step's events, when the run records them (see {@link #recordingEvents}). */
    private final StepEvents stepEvents = new StepEvents();
    /** A {@link RunContainer}, typed Object so that linking this class needs no internal class. */
    final Object container = new RunContainer(executor);

    private final ControlledRuntime runtime;
    private final RunOptions options;
    private final Strategy strategy;
    /** Each step's footprint, recorded only for a strategy that reads them. */
    Footprints footprints;
    /** Continuations made runnable by the running task or the driver, in the order they were. */
    private final ConcurrentLinkedQueue<Task> inbox = new ConcurrentLinkedQueue<>();
    /** Continuations made runnable by other threads (the JDK's unblocker): their order is timing. */
    private final ConcurrentLinkedQueue<Task> externalInbox = new ConcurrentLinkedQueue<>();
    private final List<Task> arrivals = new ArrayList<>();
    private volatile Thread driver;
    private final Map<Long, Task> byThread = new ConcurrentHashMap<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<Task> ready = new ArrayList<>();
    /** The ready tasks' ids, as strategies see them: a view, so a decision copies nothing. */
    private final List<Integer> readyIds = new java.util.AbstractList<>() {
        @Override
        public Integer get(int index) {
            return ready.get(index).id;
        }

        @Override
        public int size() {
            return ready.size();
        }
    };
    private final List<Task> monitorWaiters = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Integer> choices = new ArrayList<>();
    private final List<TaskStack> stacksAtFailure = new ArrayList<>();
    /**
     * Tasks that wait for one another round a cycle that only they could end (see {@link
     * DeadlockCycles}), or empty. Such a cycle never breaks; it is reported as a deadlock once only
     * the clock, or a task that runs until the step limit, keeps the execution going: a hang in
     * which every task ends up blocked is reported as before, with every blocked task.
     */
    private List<Task> monitorCycle = List.of();

    private ForkJoinPool commonPool;
    private volatile Failure failure;
    /** Interleave's own failure inside a task, which ends the execution without a verdict. */
    private volatile InterleaveFault fault;
    /** When the running step began (real time), or 0 between steps: for the watchdog. */
    private volatile long stepStartedNanos;
    /** Steps, without those a recorded run adds (see {@link #step}). */
    private long countedSteps;
    /** The watchdog's own: the task it last saw running, its progress then, and when it last moved. */
    private Task watchedTask;
    private long watchedProgress;
    private long progressSeenNanos;
    /** When the run's time limit ends the execution (real time, {@code System.nanoTime}). */
    private long deadlineNanos = Long.MAX_VALUE;
    private volatile boolean finished;
    private boolean exited;
    private Task current;
    private int lastTask = -1;
    private boolean lastYielded;
    private int liveNonDaemon;
    private int threadNumbers;
    private final Map<String, Integer> counters = new java.util.HashMap<>();
    /** By number, the JDK classes this run instruments as program code (see {@link JdkCodeGate}). */
    private final boolean[] jdkGroups;
    /** Set while the gate of instrumented JDK code reads a task's stack, which may use such a class. */
    boolean inJdkGate;

    Execution(ControlledRuntime runtime, RunOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.strategy = options.strategy();
        this.memory = new SharedMemory(this, options.mode(), options.recordLocations(), options.raceStacks());
        this.attribution = new Attribution(options.focus(), options.instrument());
        this.jdkGroups = jdkGroups(options.instrument());
    }

    /** Instruments the JDK classes the run names (once per JVM each), and marks their numbers. */
    private static boolean[] jdkGroups(List<String> classes) {
        boolean[] groups = new boolean[0];
        for (String name : classes) {
            int group = dev.interleave.bridge.JdkCode.instrument(name);
            if (group >= groups.length) {
                groups = Arrays.copyOf(groups, group + 1);
            }
            groups[group] = true;
        }
        return groups;
    }

    /** Whether this run instruments the JDK class numbered {@code group} as program code. */
    boolean instrumentsJdkGroup(int group) {
        return group < jdkGroups.length && jdkGroups[group];
    }

    /** Whether {@code type} is one of the JDK classes this run instruments, or nested in one. */
    boolean instrumentsJdkClass(Class<?> type) {
        String name = type.getName();
        for (String instrumented : options.instrument()) {
            if (dev.interleave.bridge.JdkCode.covers(instrumented, name)) {
                return true;
            }
        }
        return false;
    }

    /** The platform thread that drives this execution (null before it starts). */
    Thread driver() {
        return driver;
    }

    /** Whether the execution is over (its tasks left behind never run again). */
    boolean isFinished() {
        return finished;
    }

    boolean echoOutput() {
        return options.echoOutput();
    }

    // ---- the driver ----

    RunResult run(Body body, long index) {
        if (options.timeLimit() != null) {
            long limit = options.timeLimit().toNanos();
            long start = System.nanoTime();
            deadlineNanos = limit > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + limit;
        }
        strategy.beginExecution(index);
        // JDK-global state that a JVM starts without and that the program fills: as a fresh JVM.
        JdbcDrivers.forgetProgramDrivers();
        footprints = strategy.wantsFootprints() ? new Footprints(this) : null;
        monitors.footprints = footprints;
        driver = Thread.currentThread();
        // Every controlled thread runs on the driver, and shares its probe.
        JdkInternals.fixCarrierProbe(driver, RANDOM_MIX);
        runtime.begin(this);
        if (footprints != null) {
            runtime.footprinting.incrementAndGet();
        }
        memory.begin();
        try {
            Thread main = JdkInternals.virtualThreadBuilder(executor).name("main").unstarted(new RunMain(body));
            Task mainTask = taskOf(main);
            if (mainTask == null) {
                throw new IllegalStateException("the agent did not report the main task's creation");
            }
            mainTask.setDaemon(false);
            main.start();
            drive();
        } finally {
            finished = true;
            detachLeftBehind();
            outside.leftBehind();
            if (footprints != null) {
                runtime.footprinting.decrementAndGet();
            }
            memory.end();
            runtime.end(this);
        }
        if (fault != null) {
            throw fault;
        }
        strategy.stepsTaken(stepsByTask());
        strategy.endExecution();
        Verdict verdict = failure != null ? failure : new Verdict.Pass();
        return new RunResult(verdict, new Trace(steps), output.lines(), clock.elapsedNanos(), choices, stacksAtFailure,
                memory.races.races(), memory.sharedBetweenPoints());
    }

    private int[] stepsByTask() {
        int tasks = 0;
        for (Step step : steps) {
            tasks = Math.max(tasks, step.taskId() + 1);
        }
        int[] counts = new int[tasks];
        for (Step step : steps) {
            counts[step.taskId()]++;
        }
        return counts;
    }

    private void runMain(Body body) {
        try {
            body.run();
        } catch (ExecutionAborted e) {
            // already recorded
        } catch (Throwable e) {
            uncaught(current, e);
        }
    }

    private void drive() {
        while (true) {
            drainInbox();
            if (failure != null || fault != null || exited || liveNonDaemon == 0) {
                return;
            }
            if (awaitPendingUnblocks() || clock.fireDue()) {
                continue;
            }
            if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0) {
                fail(new Failure.LimitExceeded(ready.isEmpty() ? "main" : ready.getFirst().name, Failure.Limit.TIME,
                        timeLimitText() + " ended the execution after " + steps.size()
                                + " steps, before the program ended", List.of()));
                return;
            }
            if (ready.isEmpty()) {
                // A deadlock among the tasks is one whatever the outside world answers.
                List<Task> cycle = outside.waiting() ? new DeadlockCycles(this).find() : List.of();
                if (!cycle.isEmpty()) {
                    fail(new Failure.Deadlock(describe(cycle)));
                    return;
                }
                // The outside world's answers come in only here, where no task can run: in the
                // order of the tasks, so that the schedule does not depend on when they came.
                if (outside.releaseReady() || outside.deliverExits()) {
                    continue;
                }
                // Time jumps only when every task is blocked for good (Go's synctest): while tasks
                // wait outside, it follows real time.
                if (clock.hasTimers() && !outside.waiting()) {
                    if (!monitorCycle.isEmpty()) {
                        fail(new Failure.Deadlock(cycleTasks()));
                        return;
                    }
                    if (timeoutCycles.hangs(steps, clock.elapsedNanos())) {
                        fail(new Failure.Deadlock(hungTasks()));
                        return;
                    }
                    clock.advanceAndFire();
                    continue;
                }
                if (outside.waiting()) {
                    long bound = OutsideWaits.boundNanos();
                    if (outside.await(bound, () -> !externalInbox.isEmpty())) {
                        continue;
                    }
                    fail(outside.stuck(bound, options.instrument()));
                    return;
                }
                fail(new Failure.Deadlock(blockedTasks()));
                return;
            }
            if (countedSteps >= options.maxSteps()) {
                if (!monitorCycle.isEmpty()) {
                    fail(new Failure.Deadlock(cycleTasks()));
                    return;
                }
                fail(new Failure.LimitExceeded(ready.getFirst().name, Failure.Limit.STEPS,
                        "the execution took more than " + options.maxSteps() + " steps (a livelock?)", List.of()));
                return;
            }
            Task stepped = pick();
            step(stepped);
            if (monitorCycle.isEmpty() && stepped.blocking() instanceof Blocking.EnteringMonitor) {
                // Only a task that just began to wait for a monitor can close a cycle of monitor waits.
                monitorCycle = new DeadlockCycles(this).find();
            }
        }
    }

    private Task pick() {
        int index = 0;
        if (ready.size() > 1) {
            index = strategy.choose(new DecisionPoint(steps.size(), choices.size(), readyIds, lastTask, lastYielded,
                    wouldBlock));
            if (index < 0 || index >= ready.size()) {
                throw new IllegalStateException("strategy chose " + index + " among " + ready.size() + " tasks");
            }
            choices.add(ready.get(index).id);
        }
        return ready.remove(index);
    }

    /**
     * Whether the ready task at {@code index} stands before entering a monitor or taking a
     * {@code ReentrantLock} that another task holds, or before joining a task that has not ended:
     * running it now would only block.
     */
    private boolean wouldBlock(int index) {
        Task task = ready.get(index);
        Blocking blocking = task.blocking();
        if (blocking instanceof Blocking.BeforeEnter enter) {
            return monitors.heldByAnother(task, enter.monitor());
        }
        if (blocking instanceof Blocking.BeforeLock lock) {
            Thread owner = JdkInternals.lockOwner(lock.lock());
            return owner != null && owner != task.thread;
        }
        if (blocking instanceof Blocking.BeforeJoin join) {
            Task joined = taskOfProgramThread(join.thread());
            return joined != null && joined.live();
        }
        return false;
    }

    private final IntPredicate wouldBlock = new WouldBlock();

    /** {@link #wouldBlock(int)} for a decision point. */
    private final class WouldBlock implements IntPredicate {
        @Override
        public boolean test(int index) {
            return wouldBlock(index);
        }
    }

    private void step(Task task) {
        // A recorded run (a report's replay) stops at points an unrecorded one runs through: the
        // limit and the clock count the steps of the unrecorded run, so the schedule replays the same.
        if (task.stepBegins()) {
            countedSteps++;
            clock.step();
        }
        current = task;
        stepStartedNanos = System.nanoTime();
        if (footprints != null) {
            footprints.begin();
        }
        task.continuation.run();
        stepStartedNanos = 0;
        current = null;
        PointKind modelled = task.modelledStop();
        PointKind kind = modelled != null ? modelled : kindOf(JdkInternals.state(task.thread));
        PendingPoint point = kind == PointKind.YIELD ? task.point() : null;
        if (point != null) {
            kind = point.kind();
        }
        if (kind == PointKind.EXIT && task.ended()) {
            memory.ended(task);
            if (!task.daemon()) {
                liveNonDaemon--;
            }
        }
        if (modelled == null && (kind == PointKind.MONITOR || kind == PointKind.WAIT)) {
            // Blocked in the JVM on a monitor that program code does not own (JDK code's): the
            // JDK's unblocker thread hands it over.
            monitorWaiters.add(task);
        }
        if (failure != null || exited) {
            kind = PointKind.STOPPED;
        }
        lastTask = task.id;
        lastYielded = kind == PointKind.YIELD;
        Attribution.Place place = options.recordLocations() && kind != PointKind.EXIT && steps.size() >= options.locationsFrom()
                ? attribution.ofStack(task.thread.getStackTrace()) : Attribution.NOWHERE;
        String location = place.location();
        Event stop = kind != PointKind.STOPPED && point != null ? point.action().at(location) : stopEvent(task, kind, location);
        steps.add(new Step(steps.size(), task.id, task.name, kind, stop,
                recordingEvents() ? stepEvents.take(stop) : stop.endsStep() ? List.of(stop) : List.of(),
                place.internal() && !stop.endsStep()));
        if (footprints != null) {
            Object blocker = kind == PointKind.PARK ? java.util.concurrent.locks.LockSupport.getBlocker(task.thread) : null;
            strategy.stepped(footprints.end(task, kind, blocker, inboxIds()));
        }
    }

    /** The tasks the step made runnable: a loop, not a stream, as it runs at every step. */
    private int[] inboxIds() {
        int[] ids = new int[inbox.size()];
        int count = 0;
        for (Task woken : inbox) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count + 1); // another thread's hand-off came in meanwhile
            }
            ids[count++] = woken.id;
        }
        return count == ids.length ? ids : Arrays.copyOf(ids, count);
    }

    private static PointKind kindOf(int state) {
        return switch (state) {
            case JdkInternals.YIELDED -> PointKind.YIELD;
            case JdkInternals.PARKED, JdkInternals.UNPARKED -> PointKind.PARK;
            case JdkInternals.TIMED_PARKED -> PointKind.TIMED_PARK;
            case JdkInternals.BLOCKED, JdkInternals.UNBLOCKED -> PointKind.MONITOR;
            case JdkInternals.WAIT, JdkInternals.TIMED_WAIT -> PointKind.WAIT;
            case JdkInternals.TERMINATED -> PointKind.EXIT;
            default -> throw new IllegalStateException("a task stopped in unexpected state " + state);
        };
    }

    /** How a task that did not stop at a point of its own gave up control: blocked on what, or ended. */
    private Event stopEvent(Task task, PointKind kind, String location) {
        if (kind == PointKind.STOPPED) {
            if (failure instanceof Failure.UncaughtException e && e.task().equals(task.name)) {
                // Where it threw: the task has ended, and has no stack of its own left.
                String thrown = options.recordLocations() && location.isEmpty()
                        ? attribution.ofStack(e.error().getStackTrace()).location() : location;
                return new Event(Event.Kind.FAILED, "", "", e.error().getClass().getName(), thrown);
            }
            return Event.of(Event.Kind.FAILED, location);
        }
        if (task.blocking() instanceof Blocking.EnteringMonitor m) {
            return new Event(Event.Kind.MONITOR_BLOCK, names.of(m.monitor()), "", null, location);
        }
        if (task.blocking() instanceof Blocking.AwaitingNotify w) {
            return new Event(Event.Kind.WAIT, names.of(w.monitor()), "", null, location);
        }
        return switch (kind) {
            case PARK, TIMED_PARK -> parkEvent(kind, java.util.concurrent.locks.LockSupport.getBlocker(task.thread), location);
            case MONITOR -> Event.of(Event.Kind.MONITOR_BLOCK, location);
            case WAIT -> Event.of(Event.Kind.WAIT, location);
            case EXIT -> Event.of(Event.Kind.EXIT, location);
            default -> Event.of(Event.Kind.YIELD, location);
        };
    }

    /** What a parked task waits on; for a report, a join names the task it waits for. */
    private Event parkEvent(PointKind kind, Object blocker, String location) {
        if (blocker instanceof OutsideWait wait) {
            // A wait on a socket, pipe or selector: what it waits for, not the object it parks on.
            return new Event(Event.Kind.IO_WAIT, wait.what, "", null, location);
        }
        if (options.recordLocations()) {
            Task joined = joinedBy(blocker);
            if (joined != null) {
                return new Event(Event.Kind.JOIN_WAIT, joined.name, "", null, location);
            }
        }
        Event.Kind parked = kind == PointKind.PARK ? Event.Kind.PARK : Event.Kind.TIMED_PARK;
        return new Event(parked, names.of(blocker), "", null, location);
    }

    // ---- recorded events ----

    /** Whether the running step's events are recorded: a run that records locations, from its first located step. */
    boolean recordingEvents() {
        return options.recordLocations() && steps.size() >= options.locationsFrom();
    }

    /**
     * Records an event of the running step at {@code place}. Interleave's own doings ({@code
     * TaskGroup}'s lock and bookkeeping) are left out, but for the start and end of the tasks it runs.
     */
    void record(Event.Kind kind, java.util.function.Supplier<String> object, String field, String value,
                Attribution.Place place) {
        if (place.internal() && kind != Event.Kind.START && kind != Event.Kind.JOIN) {
            return;
        }
        record(new Event(kind, object.get(), field, value, place.location()));
    }

    /** Records an event of the running step, placed already. */
    void record(Event event) {
        stepEvents.add(event);
    }

    /** The task a thread parked on {@code blocker} is joining, if it is joining one. */
    Task joinedBy(Object blocker) {
        if (blocker == null) {
            return null;
        }
        for (Task task : tasks) {
            if (JdkInternals.joinSynchronizer(task.thread) == blocker) {
                return task;
            }
        }
        return null;
    }

    /**
     * Moves newly runnable tasks to the ready list: first those the last step woke, in the order it
     * woke them; then those woken from outside (monitor hand-offs), ordered by task id, since the
     * order in which another thread delivered them is a matter of timing.
     */
    private void drainInbox() {
        Task task;
        while ((task = inbox.poll()) != null) {
            makeReady(task);
        }
        while ((task = externalInbox.poll()) != null) {
            arrivals.add(task);
        }
        if (!arrivals.isEmpty()) {
            arrivals.sort(Task.BY_ID);
            for (Task arrival : arrivals) {
                makeReady(arrival);
            }
            arrivals.clear();
        }
    }

    private void makeReady(Task task) {
        if (task.ready()) {
            // Taking the stack trace of a runnable, unmounted virtual thread submits it again.
            return;
        }
        if (task.madeReady() && !task.daemon()) {
            liveNonDaemon++;
        }
        monitorWaiters.remove(task);
        ready.add(task);
    }

    /**
     * A monitor hand-off goes through the JDK's unblocker thread, asynchronously. Before any
     * decision, wait until every hand-off the last step caused has arrived, so that the set of
     * runnable tasks never depends on timing.
     */
    private boolean awaitPendingUnblocks() {
        if (!unblockPending()) {
            // A hand-off may have arrived since the inbox was drained: drain again.
            return !externalInbox.isEmpty();
        }
        long start = System.nanoTime();
        int spins = 0;
        while (unblockPending()) {
            if (++spins < 1_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
                if (System.nanoTime() - start > UNBLOCK_WAIT_LIMIT_NANOS) {
                    throw new IllegalStateException("a monitor hand-off never arrived from the JDK's unblocker thread");
                }
            }
        }
        return true;
    }

    /**
     * Whether the unblocker thread has a hand-off for one of the monitor waiters in hand. It
     * raises {@code unblockPending}, then takes the thread off the VM's list (clearing
     * {@code onWaitingList}), then submits it and lowers the flag: reading in the opposite order
     * cannot miss a hand-off in flight.
     */
    private boolean unblockPending() {
        for (Task task : monitorWaiters) {
            if (JdkInternals.onWaitingList(task.thread) || task.unblockPending()) {
                return true;
            }
        }
        return false;
    }

    /** The blocked tasks of a hang that only timeouts kept going (see {@link TimeoutCycles}). */
    private List<BlockedTask> hungTasks() {
        String explanation = timeoutCycles.explanation(clock.elapsedNanos());
        Set<Integer> cycling = timeoutCycles.cyclingTasks();
        List<Task> live = liveTasks();
        List<BlockedTask> described = describe(live);
        List<BlockedTask> hung = new ArrayList<>(described.size());
        for (int i = 0; i < live.size(); i++) {
            BlockedTask task = described.get(i);
            hung.add(cycling.contains(live.get(i).id)
                    ? new BlockedTask(task.task(), task.waitsFor() + explanation, task.heldBy(), task.stack()) : task);
        }
        return hung;
    }

    /**
     * The tasks of the cycle of monitor waits, from the first created, described as those of any
     * deadlock: the other tasks may still run (a daemon that wakes on a timer), but none of them can
     * break the cycle.
     */
    private List<BlockedTask> cycleTasks() {
        return describe(monitorCycle);
    }

    private List<BlockedTask> describe(List<Task> waiting) {
        WaitDescriber describer = new WaitDescriber(this);
        List<BlockedTask> described = new ArrayList<>(waiting.size());
        for (Task task : waiting) {
            described.add(describer.describe(task));
        }
        return List.copyOf(described);
    }

    /** Every started task that has not ended, described by what it waits for. */
    private List<BlockedTask> blockedTasks() {
        return describe(liveTasks());
    }

    private List<Task> liveTasks() {
        List<Task> live = new ArrayList<>();
        for (Task task : tasks) {
            if (task.live()) {
                live.add(task);
            }
        }
        return live;
    }

    // ---- called by the runtime, from tasks or the JDK ----

    /** A controlled virtual thread became runnable. Any thread may call this. */
    void submit(Thread thread) {
        submit(taskOf(thread));
    }

    private void submit(Task task) {
        if (finished) {
            return;
        }
        Thread submitter = Thread.currentThread();
        boolean fromThisRun = submitter == driver || JdkInternals.scheduler(submitter) == executor;
        if (fromThisRun && current != null && submitter != driver) {
            memory.woke(current, task);
            if (task != current && recordingEvents()) {
                // A task submitted for the first time was started: by Thread.start, a builder, an executor.
                record(task.started() ? Event.Kind.UNPARK : Event.Kind.START, () -> task.name, "", null,
                        attribution.ofRunningTask());
            }
        }
        (fromThisRun ? inbox : externalInbox).add(task);
        if (!fromThisRun) {
            // The driver may be waiting for the outside world.
            java.util.concurrent.locks.LockSupport.unpark(driver);
        }
        task.unblockArrived();
    }

    /**
     * The execution is over: its tasks left behind (parked for good, or in a JDK monitor's wait
     * set, which the JVM keeps as a root) must not keep it, with everything it recorded, alive.
     */
    private void detachLeftBehind() {
        executor.detach();
        for (Task task : tasks) {
            if (task.live()) {
                task.thread.setUncaughtExceptionHandler(LEFT_BEHIND);
            }
        }
    }

    /** The uncaught-exception handler of a task left behind: its execution is over. */
    private static final Thread.UncaughtExceptionHandler LEFT_BEHIND = (thread, error) -> { };

    /** A virtual thread on this execution's executor was created. */
    Task register(Thread thread) {
        Task task = new Task(tasks.size(), thread, JdkInternals.runContinuation(thread));
        tasks.add(task);
        JdkInternals.fixSecondarySeed(thread, (task.id + 1) * RANDOM_MIX);
        byThread.put(JdkInternals.jvmThreadId(thread), task);
        thread.setUncaughtExceptionHandler(new Uncaught(task));
        return task;
    }

    /** Runs the program's main body as the task {@code main}. */
    private final class RunMain implements Runnable {
        private final Body body;

        RunMain(Body body) {
            this.body = body;
        }

        @Override
        public void run() {
            runMain(body);
        }
    }

    /** A task's exception, not caught by the program, is this execution's to report. */
    private final class Uncaught implements Thread.UncaughtExceptionHandler {
        private final Task task;

        Uncaught(Task task) {
            this.task = task;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            uncaught(task, error);
        }
    }

    /** Starts a daemon task of the runtime's own, named {@code name}, that runs {@code work}. */
    void startTask(String name, Runnable work) {
        JdkInternals.virtualThreadBuilder(executor).name(name).unstarted(work).start();
    }

    /** A controlled task started a platform thread: run it as a controlled virtual thread. */
    Task startProxy(Thread owner) {
        boolean daemon = owner.isDaemon();
        // A Thread is its own Runnable: the proxy runs owner.run().
        Thread proxy = JdkInternals.virtualThreadBuilder(executor).name(owner.getName()).unstarted(owner);
        Task task = taskOf(proxy);
        task.standIn(owner, daemon);
        runtime.addProxy(owner, proxy);
        proxy.start();
        return task;
    }

    private void uncaught(Task task, Throwable error) {
        if (error instanceof ExecutionAborted) {
            return;
        }
        InterleaveFault inError = InterleaveFault.in(error);
        if (inError != null) {
            faulted(inError);
            return;
        }
        if (task.owner() != null) {
            Thread.UncaughtExceptionHandler own = JdkInternals.ownUncaughtHandler(task.owner());
            if (own != null) {
                own.uncaughtException(task.owner(), error);
                return;
            }
        }
        fail(new Failure.UncaughtException(task.name, error));
    }

    /**
     * This execution's stand-in for the common fork/join pool, made on first use (see
     * {@link CommonPoolStandIn}).
     */
    ForkJoinPool commonPool() {
        if (commonPool == null) {
            commonPool = CommonPoolStandIn.create(this);
        }
        return commonPool;
    }

    int nextCount(String name) {
        if (footprints != null) {
            footprints.shared();
        }
        Integer count = counters.get(name);
        int next = count == null ? 0 : count;
        counters.put(name, next + 1);
        return next;
    }

    /**
     * A platform thread was made by a task. It inherited its daemon status from the virtual thread
     * that runs the task, which always is one; in the program's world it inherits the task's (main
     * is not a daemon), as it would in a JVM.
     */
    void platformThreadConstructed(Thread thread) {
        Task maker = current;
        if (maker != null && thread.isDaemon() != maker.daemon()) {
            thread.setDaemon(maker.daemon());
        }
    }

    int nextThreadNumber() {
        if (footprints != null) {
            footprints.shared();
        }
        return threadNumbers++;
    }

    /** The threads of tasks started and not ended, for the thread container. */
    Stream<Thread> liveThreads() {
        return List.copyOf(tasks).stream().filter(Task::live).map(task -> task.thread);
    }

    Task taskOf(Thread thread) {
        return byThread.get(JdkInternals.jvmThreadId(thread));
    }

    /** The task of a thread as the program sees it: a virtual thread, or a platform thread's stand-in. */
    Task taskOfProgramThread(Thread thread) {
        Task task = taskOf(thread);
        if (task != null) {
            return task;
        }
        for (Task candidate : tasks) {
            if (candidate.owner() == thread) {
                return candidate;
            }
        }
        return null;
    }

    Task current() {
        return current;
    }

    List<Task> tasks() {
        return tasks;
    }

    /** Whether a task other than the running one could be chosen at a scheduling point now. */
    boolean othersMayRun() {
        return !ready.isEmpty() || !inbox.isEmpty() || !externalInbox.isEmpty() || unblockPending();
    }

    void unblockTaken(Thread thread) {
        Task task = taskOf(thread);
        if (task != null) {
            task.unblockTaken();
        }
    }

    /** Interleave failed inside a task: the execution stops, and its caller gets the fault. */
    void faulted(InterleaveFault f) {
        if (fault == null) {
            fault = f;
        }
    }

    void fail(Failure f) {
        if (failure == null) {
            failure = f;
            if (options.recordLocations()) {
                for (Task task : tasks) {
                    if (task.live()) {
                        stacksAtFailure.add(new TaskStack(task.name, stackOf(task)));
                    }
                }
            }
        }
    }

    /** The running task exits the program: record it, then unwind the task. */
    void exit(int status) {
        Task task = current;
        if (status != 0) {
            fail(new Failure.NonZeroExit(task.name, status, stackOf(task)));
        }
        exited = true;
        throw new ExecutionAborted();
    }

    /** The run's time limit, in words: an exploration's executions each get what is left of it. */
    private static String timeLimitText() {
        return "the time limit";
    }

    /**
     * A task went round a loop of the program. A long loop moves the virtual clock on; every
     * {@value #PREEMPT_LOOP_ITERATIONS} iterations without a scheduling point the task gives way if
     * another task could run (or a timer is due), as an OS would preempt it: a thread that waits for
     * another by spinning ends on a real JVM, so it must end here. Only a loop that no other task can
     * ever end runs into the loop limit, and fails.
     */
    void loopIteration() {
        Task task = current;
        if (task == null) {
            return;
        }
        long iterations = task.loopIteration();
        if (iterations > VirtualClock.FREE_LOOP_ITERATIONS) {
            clock.loopIteration();
        }
        if (iterations > options.maxLoopIterationsPerStep()) {
            fail(new Failure.LimitExceeded(task.name, Failure.Limit.LOOP_ITERATIONS, "task looped "
                    + options.maxLoopIterationsPerStep() + " times without reaching a scheduling point, and no other "
                    + "task could run to end the loop", stackOf(task)));
            throw new ExecutionAborted();
        }
        if (iterations % PREEMPT_LOOP_ITERATIONS == 0 && (othersMayRun() || clock.hasDue())) {
            // (A pinned task, in a class initializer, cannot give way: then no step took the point.)
            task.yieldAt(new PendingPoint(PointKind.YIELD,
                    new Event(Event.Kind.LOOP_PREEMPTED, "", "", Long.toString(iterations), "")), false);
        }
    }

    /**
     * Called by the watchdog: true (once) when the running step has taken longer than {@code limit};
     * the failure is then recorded with the running task's stack.
     */
    boolean stuckSince(long now, long limitNanos) {
        long started = stepStartedNanos;
        Task task = current;
        if (started == 0 || task == null || failure != null) {
            return false;
        }
        if (deadlineNanos != Long.MAX_VALUE && now - deadlineNanos >= TIME_LIMIT_GRACE_NANOS) {
            failure = new Failure.LimitExceeded(task.name, Failure.Limit.TIME, timeLimitText()
                    + " ended the execution inside a step that had run for " + (now - started) / 1_000_000_000
                    + " s without reaching a scheduling point", stackOf(task));
            return true;
        }
        // A step that still goes round the program's loops computes: it is long, not stuck.
        long progress = task.progress();
        if (task != watchedTask || progress != watchedProgress) {
            watchedTask = task;
            watchedProgress = progress;
            progressSeenNanos = now;
        }
        long quietSince = Math.max(started, progressSeenNanos);
        if (now - quietSince < limitNanos) {
            return false;
        }
        failure = new Failure.LimitExceeded(task.name, Failure.Limit.STUCK_STEP, "task ran for " + (now - quietSince) / 1_000_000_000
                + " s without reaching a scheduling point or going round a loop of the program (blocked where "
                + "Interleave cannot see, in real I/O or a native frame, or busy in code Interleave does not instrument)",
                stackOf(task));
        return true;
    }

    /** What the run has done so far, for a report on an execution that cannot end. */
    RunResult snapshot() {
        Verdict verdict = failure != null ? failure : new Verdict.Pass();
        return new RunResult(verdict, new Trace(List.copyOf(steps)), output.lines(), clock.elapsedNanos(),
                List.copyOf(choices), List.of());
    }

    void parkingWhilePinned() {
        Task task = current;
        fail(new Failure.PinnedBlocking(task.name, stackOf(task)));
        throw new ExecutionAborted();
    }

    /** The stack of a task, without the frames of Interleave and the JDK's thread machinery. */
    List<StackTraceElement> stackOf(Task task) {
        return StackFilter.programFrames(Arrays.asList(task.thread.getStackTrace()));
    }

}
