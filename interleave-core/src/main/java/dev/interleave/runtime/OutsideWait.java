package dev.interleave.runtime;

import java.io.FileDescriptor;

/**
 * A task's wait for a file descriptor (a socket, a pipe, a selector) to be ready: the task parks on
 * this object, and the driver releases it when it finds the descriptor ready, the descriptor is
 * closed, or the wait's timeout has passed in the real time that the driver spent waiting outside.
 * Only the execution's driver thread touches it (the task runs on that thread too).
 */
final class OutsideWait {

    final Task task;
    final FileDescriptor descriptor;
    final int fd;
    final int events;
    /** What the task waits for, in words, for a report. */
    final String what;
    /** Real time left before the wait times out, counted only while the driver waits outside; 0: none. */
    long remainingNanos;
    boolean released;

    OutsideWait(Task task, int fd, int events, long nanos, String what) {
        this.task = task;
        this.fd = fd;
        this.descriptor = Descriptors.of(fd);
        this.events = events;
        this.remainingNanos = nanos;
        this.what = what;
    }

    boolean timed() {
        return remainingNanos > 0;
    }
}
