package dev.interleave;

/** Where a step ended: the kind of scheduling point at which its task gave up control. */
public enum PointKind {
    /** {@code Thread.yield()} (asyncio's {@code await asyncio.sleep(0)}) or a spin-wait hint. */
    YIELD,
    /** Parked: a lock, condition, latch, queue, join or anything built on {@code LockSupport.park}. */
    PARK,
    /** Parked with a timeout, or sleeping: woken by the virtual clock if nothing else wakes it. */
    TIMED_PARK,
    /** Blocked entering a {@code synchronized} monitor held by another task. */
    MONITOR,
    /** Waiting in {@code Object.wait}, with or without a timeout. */
    WAIT,
    /** Before an access to a field or array element that more than one task has touched (preemptive mode). */
    ACCESS,
    /** At a synchronization action: a monitor, lock, volatile, atomic, start, join, park, wait or notify (sync mode). */
    SYNC,
    /** The task ended. */
    EXIT,
    /** The run was stopped during this step (a failure, or the program exited). */
    STOPPED
}
