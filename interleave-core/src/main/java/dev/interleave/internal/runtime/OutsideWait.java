package dev.interleave.internal.runtime;

import java.io.FileDescriptor;

/**
 * A task's wait for a file descriptor (a socket, a pipe, a selector, {@code System.in}) to be ready: the task parks on
 * this object, and the driver releases it when it finds the descriptor ready, the descriptor is
 * closed, or the wait's timeout has passed in the real time that the driver spent waiting outside.
 * Only the execution's driver thread touches it (the task runs on that thread too).
 */
final class OutsideWait {

    final Task task;
    final FileDescriptor descriptor;
    /** The descriptor's number, for {@code stopPoll}; -1 when unknown. */
    final int fd;
    final int events;
    /** What the task waits for, in words, for a report. */
    final String what;
    /** Real time left before the wait times out, counted only while the driver waits outside; 0: none. */
    long remainingNanos;
    boolean released;

    OutsideWait(Task task, int fd, int events, long nanos, String what) {
        this(task, fd, Descriptors.of(fd), events, nanos, what);
    }

    /** An untimed wait for a descriptor that no {@code stopPoll} names (a {@code FileInputStream}'s). */
    OutsideWait(Task task, FileDescriptor descriptor, int events, String what) {
        this(task, -1, descriptor, events, 0, what);
    }

    private OutsideWait(Task task, int fd, FileDescriptor descriptor, int events, long nanos, String what) {
        this.task = task;
        this.fd = fd;
        this.descriptor = descriptor;
        this.events = events;
        this.remainingNanos = nanos;
        this.what = what;
    }

    boolean timed() {
        return remainingNanos > 0;
    }
}
