package dev.interleave;

import java.util.List;

/** What went wrong in an execution. Each kind says, in one line, what happened. */
public sealed interface Failure extends Verdict {

    /** One line for a summary. */
    String summary();

    /** An exception or error escaped a task. */
    record UncaughtException(String task, Throwable error) implements Failure {
        @Override
        public String summary() {
            return "uncaught " + error + " in task " + task;
        }
    }

    /** The program called {@code System.exit} (or {@code Runtime.exit}/{@code halt}) with a non-zero status. */
    record NonZeroExit(String task, int status, List<StackTraceElement> stack) implements Failure {
        public NonZeroExit {
            stack = List.copyOf(stack);
        }

        @Override
        public String summary() {
            return "task " + task + " exited the program with status " + status;
        }
    }

    /**
     * Every task is blocked and no timer is pending; or some tasks wait for one another's monitors in a
     * cycle, which no other task can break, while others may still run.
     */
    record Deadlock(List<BlockedTask> tasks) implements Failure {
        public Deadlock {
            tasks = List.copyOf(tasks);
        }

        @Override
        public String summary() {
            StringBuilder text = new StringBuilder("deadlock: ");
            for (int i = 0; i < tasks.size(); i++) {
                BlockedTask t = tasks.get(i);
                text.append(i == 0 ? "" : "; ").append(t.task()).append(" waits for ").append(t.waitsFor());
                if (t.heldBy() != null) {
                    text.append(" held by ").append(t.heldBy());
                }
            }
            return text.toString();
        }
    }

    /**
     * A limit was exceeded: a task looped without reaching a scheduling point (a spin without
     * {@code Thread.onSpinWait()}), a step never ended, the execution took more steps than allowed
     * (a livelock), or the run's time limit ended it first. {@code limit} says which, in words.
     */
    record LimitExceeded(String task, Limit kind, String limit, List<StackTraceElement> stack) implements Failure {
        public LimitExceeded {
            java.util.Objects.requireNonNull(kind, "kind");
            stack = List.copyOf(stack);
        }

        @Override
        public String summary() {
            return limit + " (task " + task + ")";
        }
    }

    /** Which limit a {@link LimitExceeded} ran into. */
    enum Limit {
        /** More steps in one execution than allowed: a livelock, or a program too long for the limit. */
        STEPS,
        /** A task looped too often without reaching a scheduling point: a spin. */
        LOOP_ITERATIONS,
        /** One step ran too long in real time: it blocked or spun where Interleave cannot see. */
        STUCK_STEP,
        /** The run's wall-clock budget ended the execution before the program did. */
        TIME,
        /**
         * No task could run and some waited for the outside world (a socket, a pipe, a process) that did
         * not answer within the bound: the program is stuck, not deadlocked among its own tasks.
         */
        OUTSIDE_WAIT
    }

    /**
     * A task blocked while pinned to the scheduler's thread (inside a class initializer or under a
     * native frame): it could not give up control, so the run could not go on.
     */
    record PinnedBlocking(String task, List<StackTraceElement> stack) implements Failure {
        public PinnedBlocking {
            stack = List.copyOf(stack);
        }

        @Override
        public String summary() {
            return "task " + task + " blocked while pinned (class initializer or native frame)";
        }
    }
}
