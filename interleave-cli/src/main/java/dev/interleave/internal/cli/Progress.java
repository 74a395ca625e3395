package dev.interleave.internal.cli;

import dev.interleave.RunResult;
import dev.interleave.explore.ProgressListener;
import dev.interleave.schedule.Schedule;
import java.io.PrintStream;
import java.util.function.BiConsumer;

/**
 * The exploration's progress on stderr: on a terminal a live line, rewritten a few times a second;
 * otherwise a line every few seconds. A found failure's schedule is saved before anything else.
 */
final class Progress implements ProgressListener {

    private final PrintStream err;
    private final boolean terminal;
    private final long intervalNanos;
    private final BiConsumer<Schedule, RunResult> onFailure;
    private long lastPrint;
    private long failures;

    Progress(PrintStream err, boolean terminal, BiConsumer<Schedule, RunResult> onFailure) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
        this.onFailure = onFailure;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public void executed(long done, long elapsedNanos, long frontier) {
        long now = System.nanoTime();
        if (now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        double seconds = elapsedNanos / 1e9;
        String line = String.format("explored %d schedules, %.0f/s, %.1f s, %d failures%s", done,
                done / Math.max(seconds, 1e-9), seconds, failures,
                frontier < 0 ? "" : ", DFS frontier " + frontier + " branches");
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void failureFound(Schedule schedule, RunResult result) {
        failures++;
        onFailure.accept(schedule, result);
    }

    /** Ends the live line, if any. */
    void done() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    static boolean onTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

}
