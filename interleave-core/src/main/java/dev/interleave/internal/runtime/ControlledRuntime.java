package dev.interleave.internal.runtime;

import dev.interleave.InterleaveFault;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.bridge.Bridge;
import dev.interleave.bridge.Hooks;
import dev.interleave.bridge.Memory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The runtime behind the bridge: it finds the execution a thread belongs to (by the executor of
 * its virtual thread) and passes each hook to it. Threads that belong to no execution get the
 * JDK's own behaviour.
 */
public final class ControlledRuntime implements Hooks {

    private static volatile ControlledRuntime instance;
    /** The JVM's common pool: this class is not instrumented, so this is the real one. */
    static final ForkJoinPool COMMON_POOL = ForkJoinPool.commonPool();

    /** How many running executions record step footprints. */
    final AtomicInteger footprinting = new AtomicInteger();

    /** Platform thread objects started under control, mapped to the virtual threads that run them. */
    private final Map<Long, Thread> proxies = new ConcurrentHashMap<>();

    /** How long one step may run before the watchdog calls it stuck: {@code interleave.stepTimeLimit} seconds. */
    private static final long STEP_TIME_LIMIT_NANOS =
            Long.getLong("interleave.stepTimeLimit", 30) * 1_000_000_000L;

    private final StepWatchdog watchdog = new StepWatchdog(STEP_TIME_LIMIT_NANOS, this::stuck);
    private final Supervisor supervisor = new Supervisor();
    private volatile Consumer<RunResult> stuckHandler = ControlledRuntime::printStuck;

    private ControlledRuntime() {
    }

    /**
     * What to do with an execution whose step never ends (its result so far, with the failure):
     * the JVM cannot take the step back, so the command line reports and exits. By default the
     * failure is printed to the standard error stream.
     */
    public void onStuck(Consumer<RunResult> handler) {
        stuckHandler = handler;
    }

    private void stuck(Execution execution) {
        RunResult soFar = execution.snapshot();
        if (!supervisor.stuck(execution.driver(), soFar)) {
            stuckHandler.accept(soFar);
        }
    }

    /**
     * Runs {@code work}, which drives executions, so that it always answers: when a step of one of
     * its executions never ends, the answer is {@code onStuck} of that execution's result so far
     * (a {@link dev.interleave.Failure.Limit#STUCK_STEP} or {@link dev.interleave.Failure.Limit#TIME}
     * limit), given within a second of the step limit or the time limit.
     */
    public <T> T supervised(java.util.concurrent.Callable<T> work, java.util.function.Function<RunResult, T> onStuck) {
        return supervisor.call(work, onStuck);
    }

    private static void printStuck(RunResult result) {
        System.err.println("interleave: " + ((dev.interleave.Failure) result.verdict()).summary());
    }

    /** Whether a step that never ended was given up in this JVM: its thread still runs it. */
    public static boolean abandonedAStep() {
        ControlledRuntime runtime = instance;
        return runtime != null && runtime.supervisor.abandoned();
    }

    /** The runtime, installed into the bridge on first use; fails when the agent is missing. */
    public static ControlledRuntime get() {
        ControlledRuntime runtime = instance;
        if (runtime == null) {
            synchronized (ControlledRuntime.class) {
                runtime = instance;
                if (runtime == null) {
                    if (Bridge.programInstrumenter() == null) {
                        throw new AgentMissingException();
                    }
                    JdkInternals.check();
                    runtime = new ControlledRuntime();
                    Bridge.install(null, runtime);
                    dev.interleave.bridge.Memory.install(null, new MemoryRuntime());
                    dev.interleave.bridge.ForkJoin.install(null, new ForkJoinRuntime());
                    dev.interleave.bridge.JdkCode.install(null, new JdkCodeGate());
                    dev.interleave.bridge.Outside.install(null, new OutsideRuntime());
                    initializeJdkHelpers();
                    instance = runtime;
                }
            }
        }
        return runtime;
    }

    /**
     * The JDK starts its socket pollers in the static initializer of {@code sun.nio.ch.Poller}.
     * Initialized here, outside any execution, they are the JDK's, never program tasks, whichever
     * program first uses a socket. (The process reaper's threads are the JDK's wherever they start.)
     */
    private static void initializeJdkHelpers() {
        // Platform poller threads, not virtual ones, which would start the JDK's default scheduler
        // for them. (Initializing ProcessHandleImpl here as well made the unseeded randomness of
        // UnseededRandom differ from one JVM to the next: it is left to its first use.)
        if (System.getProperty("jdk.pollerMode") == null) {
            System.setProperty("jdk.pollerMode", "1");
        }
        try {
            Class.forName("sun.nio.ch.Poller", true, null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialize the JDK's socket pollers", e);
        }
    }

    /** Runs {@code body} as the main task of one execution, on the calling platform thread. */
    public RunResult execute(RunOptions options, Execution.Body body) {
        return execute(options, body, 0);
    }

    /** Runs execution number {@code index} of an exploration (the strategy's seed depends on it). */
    public RunResult execute(RunOptions options, Execution.Body body, long index) {
        if (Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("an execution must be driven from a platform thread");
        }
        if (currentExecution() != null) {
            throw new IllegalStateException("already inside a controlled run");
        }
        OutputCapture.install(this);
        RunResult result = new Execution(this, options).run(body, index);
        String uninstrumented = dev.interleave.bridge.InstrumentationFailures.first();
        if (uninstrumented != null) {
            throw new IllegalStateException("a class could not be instrumented, so it ran uncontrolled and no "
                    + "verdict can be trusted: " + uninstrumented);
        }
        return result;
    }

    void begin(Execution execution) {
        watchdog.watch(execution);
    }

    void end(Execution execution) {
        watchdog.forget(execution);
        for (Iterator<Thread> proxy = proxies.values().iterator(); proxy.hasNext(); ) {
            if (execution.taskOf(proxy.next()) != null) {
                proxy.remove();
            }
        }
    }

    void addProxy(Thread owner, Thread proxy) {
        proxies.put(JdkInternals.jvmThreadId(owner), proxy);
    }

    /** The execution the current thread runs in, or null. */
    Execution currentExecution() {
        return executionOf(Thread.currentThread());
    }

    static Execution executionOf(Thread thread) {
        return JdkInternals.scheduler(thread) instanceof RunExecutor executor ? executor.execution : null;
    }

    // ---- Hooks ----

    @Override
    public Executor virtualThreadScheduler(Executor requested) {
        if (requested instanceof RunExecutor) {
            return requested;
        }
        Execution execution = currentExecution();
        return execution != null ? execution.executor : requested;
    }

    @Override
    public void virtualThreadCreated(Thread thread) {
        Execution execution = executionOf(thread);
        if (execution != null) {
            execution.register(thread);
        }
    }

    @Override
    public boolean startVirtualThread(Thread virtualThread) {
        Execution execution = executionOf(virtualThread);
        if (execution == null) {
            return false;
        }
        JdkInternals.startIn(virtualThread, execution.container);
        return true;
    }

    @Override
    public boolean submit(Thread virtualThread, Executor scheduler) {
        if (scheduler instanceof RunExecutor executor) {
            Execution execution = executor.execution;
            if (execution != null) {
                execution.submit(virtualThread);
            }
            // A task of an execution that is over never runs again.
            return true;
        }
        return false;
    }

    /**
     * The JDK's internal threads (pollers, the process reaper, cleaners) serve the whole JVM and are
     * never tasks. The HTTP client's selector manager is the exception: it belongs to one client the
     * program made, it runs the client's code that completes its futures and feeds its executor, and
     * its wait for the selector is an outside wait like an {@code HttpServer}'s dispatcher's. Left
     * outside, it handed work to the tasks at moments no schedule decides, so a failure it took part
     * in did not replay.
     */
    private static boolean jdkHelper(Thread thread) {
        String type = thread.getClass().getName();
        return type.startsWith("jdk.internal.") && !type.equals("jdk.internal.net.http.HttpClientImpl$SelectorManager");
    }

    @Override
    public boolean startPlatformThread(Thread thread) {
        if (thread.isVirtual() || jdkHelper(thread)) {
            return false;
        }
        Execution execution = currentExecution();
        if (execution == null) {
            return false;
        }
        if (proxies.containsKey(JdkInternals.jvmThreadId(thread))) {
            throw new IllegalThreadStateException("thread " + thread.getName() + " was already started");
        }
        execution.startProxy(thread);
        return true;
    }

    @Override
    public long threadId(Thread thread) {
        Thread proxy = proxyOf(thread);
        Thread controlled = proxy != null ? proxy : thread;
        Execution execution = executionOf(controlled);
        Task task = execution == null ? null : execution.taskOf(controlled);
        return task == null ? -1 : Execution.FIRST_THREAD_ID + task.id;
    }

    @Override
    public int nextThreadNumber() {
        Execution execution = currentExecution();
        return execution == null ? -1 : execution.nextThreadNumber();
    }

    @Override
    public Thread proxyOf(Thread thread) {
        return proxies.isEmpty() || thread.isVirtual() ? null : proxies.get(JdkInternals.jvmThreadId(thread));
    }

    @Override
    public Future<?> scheduleTimer(Thread virtualThread, Runnable wakeUp, long delay, TimeUnit unit) {
        Execution execution = executionOf(virtualThread);
        return execution == null ? null : execution.clock.schedule(wakeUp, delay, unit);
    }

    @Override
    public ForkJoinPool commonPool(ForkJoinPool pool) {
        if (pool != COMMON_POOL) {
            return pool;
        }
        Execution execution = currentExecution();
        return execution == null ? pool : execution.commonPool();
    }

    @Override
    public long nanoTime() {
        Execution execution = currentExecution();
        return execution == null ? System.nanoTime() : execution.clock.nanoTime();
    }

    @Override
    public long currentTimeMillis() {
        Execution execution = currentExecution();
        return execution == null ? System.currentTimeMillis() : execution.clock.currentTimeMillis();
    }

    @Override
    public long nanoTimeAdjustment(long real, long offsetSeconds) {
        Execution execution = currentExecution();
        return execution == null ? real : execution.clock.nanoTimeAdjustment(offsetSeconds);
    }

    @Override
    public void unblockTaken(Thread virtualThread, boolean expected) {
        if (expected) {
            Execution execution = executionOf(virtualThread);
            if (execution != null) {
                execution.unblockTaken(virtualThread);
            }
        }
    }

    @Override
    public void parkingWhilePinned(Thread virtualThread) {
        Execution execution = executionOf(virtualThread);
        if (execution != null) {
            execution.parkingWhilePinned();
        }
    }

    @Override
    public boolean parkControlled(boolean absolute, long time) {
        if (currentExecution() == null) {
            return false;
        }
        if (absolute) {
            java.util.concurrent.locks.LockSupport.parkUntil(time);
        } else if (time == 0) {
            java.util.concurrent.locks.LockSupport.park();
        } else {
            java.util.concurrent.locks.LockSupport.parkNanos(time);
        }
        return true;
    }

    @Override
    public int counter(String name) {
        Execution execution = currentExecution();
        return execution == null ? -1 : execution.nextCount(name);
    }

    @Override
    public void threadConstructed(Thread thread) {
        Execution execution = currentExecution();
        if (execution != null && !thread.isVirtual()) {
            execution.platformThreadConstructed(thread);
        }
    }

    @Override
    public void onSpinWait() {
        if (currentExecution() != null) {
            Thread.yield();
        }
    }

    @Override
    public Thread currentThread() {
        Thread thread = Thread.currentThread();
        Execution execution = executionOf(thread);
        if (execution == null) {
            return thread;
        }
        Task task = execution.taskOf(thread);
        return task == null ? thread : task.programThread();
    }

    @Override
    public void exit(int status, boolean halt) {
        Execution execution = currentExecution();
        if (execution != null) {
            execution.exit(status);
        }
    }

    @Override
    public void loopIteration() {
        Execution execution = currentExecution();
        if (execution != null) {
            execution.loopIteration();
        }
    }

    @Override
    public void initializeClass(Class<?> type) {
        if (type.getClassLoader() instanceof ProgramClassLoader loader) {
            try {
                loader.inits.initialize(type);
            } catch (InterleaveFault fault) {
                throw faultInTask(fault);
            }
        }
    }

    @Override
    public MethodHandle initializingFirst(MethodHandle handle, Class<?> declaring) {
        return initializedByRuntime(declaring) ? InitializingHandles.of(handle, declaring) : handle;
    }

    @Override
    public VarHandle initializingFirst(VarHandle handle, Class<?> declaring) {
        return initializedByRuntime(declaring) ? InitializingHandles.of(handle, declaring) : handle;
    }

    private static boolean initializedByRuntime(Class<?> type) {
        return type.getClassLoader() instanceof ProgramClassLoader loader && loader.inits.initializes(type);
    }

    /**
     * Interleave failed inside a task: the execution records the fault (so that a program that
     * catches what unwinds the task changes nothing) and the task unwinds. Outside a task the
     * fault is returned, for the caller to throw.
     */
    RuntimeException faultInTask(InterleaveFault fault) {
        Execution execution = currentExecution();
        if (execution == null) {
            return fault;
        }
        execution.faulted(fault);
        throw new ExecutionAborted();
    }

    // Program code's monitors: modelled for the running task of an execution, the JVM's elsewhere.

    @Override
    public Object monitorEnter(Object monitor) {
        Execution execution = currentExecution();
        Task task = execution == null ? null : execution.current();
        if (task == null) {
            return monitor;
        }
        // The memory model sees each modelled monitor's synchronization actions: a point before
        // entering (sync mode), the acquire and release edges, a point after exiting.
        execution.memory.sync(monitor, Memory.MONITOR_ENTER, "monitor");
        Object token = execution.monitors.enter(task, monitor);
        execution.memory.sync(monitor, Memory.MONITOR_ACQUIRED, "monitor");
        return token;
    }

    @Override
    public Object monitorExit(Object locked) {
        Execution execution = currentExecution();
        Task task = execution == null ? null : execution.current();
        Object monitor = task == null ? null : execution.monitors.heldMonitor(task, locked);
        if (monitor == null) {
            return locked;
        }
        execution.memory.sync(monitor, Memory.MONITOR_RELEASING, "monitor");
        Object token = execution.monitors.exit(task, locked);
        execution.memory.sync(monitor, Memory.MONITOR_EXITED, "monitor");
        return token;
    }

    @Override
    public boolean monitorWait(Object monitor, long nanos) throws InterruptedException {
        Execution execution = currentExecution();
        Task task = execution == null ? null : execution.current();
        if (task == null || !execution.monitors.holds(task, monitor)) {
            return false;
        }
        execution.monitors.await(task, monitor, nanos);
        return true;
    }

    @Override
    public boolean monitorNotify(Object monitor, boolean all) {
        Execution execution = currentExecution();
        Task task = execution == null ? null : execution.current();
        if (task == null || !execution.monitors.holds(task, monitor)) {
            return false;
        }
        execution.monitors.notify(monitor, all);
        return true;
    }

    @Override
    public boolean holdsModelledMonitor(Object monitor) {
        Execution execution = currentExecution();
        Task task = execution == null ? null : execution.current();
        return task != null && execution.monitors.holds(task, monitor);
    }

    @Override
    public void objectTouched(Object object) {
        Footprints footprints = footprints();
        if (footprints != null) {
            footprints.touched(object);
        }
    }

    @Override
    public void sharedAccess() {
        Footprints footprints = footprints();
        if (footprints != null) {
            footprints.shared();
        }
    }

    /**
     * The current execution's footprint recorder, when its strategy reads footprints. Without
     * any such execution running, the hooks return at once, so that programs explored by other
     * strategies pay nothing and their tasks do not look their execution up at every call.
     */
    private Footprints footprints() {
        if (footprinting.get() == 0) {
            return null;
        }
        Execution execution = currentExecution();
        return execution == null ? null : execution.footprints;
    }
}
