package dev.interleave.internal.runtime;

/**
 * Thrown into a task to unwind it when its execution must stop now: the program exited, or the
 * task spun or blocked where it could not be controlled. The failure is recorded before it is
 * thrown, so a program that catches it changes nothing.
 */
final class ExecutionAborted extends Error {

    ExecutionAborted() {
        super("Interleave stopped this execution", null, false, false);
    }
}
