package dev.interleave.peers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the executions a tool runs, for tools that do not report them, and remembers the count
 * at the first execution that threw: tools that run a failing execution again to build their
 * report would otherwise count those runs too. A deadlock throws nothing, so for it the count is
 * the total.
 *
 * <p>The counts live outside the Java heap, in a direct buffer: Lincheck restores the heap state
 * reachable from its test block after every invocation, which set heap counters back to zero (and
 * left the watchdog seeing no progress). One thread at a time runs an execution under every
 * tool, so there is one writer; the watchdog polls. Plain buffer reads and writes, not a
 * VarHandle: Lincheck 3.7 fails inside itself on a byte-buffer VarHandle.
 */
public final class Counter {

    private static final int EXECUTIONS = 0;
    private static final int FIRST_FAILURE = Long.BYTES;
    private static final int FIRST_START = 2 * Long.BYTES;

    private final ByteBuffer cells = ByteBuffer.allocateDirect(3 * Long.BYTES).order(ByteOrder.nativeOrder());

    public Counter() {
        cells.putLong(FIRST_FAILURE, -1L);
    }

    /** {@code body}, counted; a named class, not a lambda, for Lincheck (see {@link Entry#body}). */
    public Runnable wrap(Runnable body) {
        return new Counted(body);
    }

    private final class Counted implements Runnable {
        private final Runnable body;

        Counted(Runnable body) {
            this.body = body;
        }

        @Override
        public void run() {
            long execution = cells.getLong(EXECUTIONS) + 1;
            if (execution == 1) {
                cells.putLong(FIRST_START, SearchClock.nanos());
            }
            cells.putLong(EXECUTIONS, execution);
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                if (cells.getLong(FIRST_FAILURE) < 0) {
                    cells.putLong(FIRST_FAILURE, execution);
                }
                throw e;
            }
        }
    }

    /** Executions started so far: the harness's watchdog reads it to tell a hung tool. */
    public long started() {
        return cells.getLong(EXECUTIONS);
    }

    /**
     * Milliseconds from the start of the first counted execution to {@code foundNanos} (a
     * {@link SearchClock} reading), or -1 when no execution was counted as it started (a tool
     * that only {@link #tick}s).
     */
    public double searchMillisTo(long foundNanos) {
        long first = cells.getLong(FIRST_START);
        return cells.getLong(EXECUTIONS) == 0 || first == 0 ? -1 : (foundNanos - first) / 1e6;
    }

    /** Counts an execution that the tool itself runs and reports (no wrapping needed). */
    public void tick() {
        cells.putLong(EXECUTIONS, cells.getLong(EXECUTIONS) + 1);
    }

    /** Executions up to the first one that threw, or all of them. */
    public long toFirstFailure() {
        long first = cells.getLong(FIRST_FAILURE);
        return first > 0 ? first : started();
    }
}
