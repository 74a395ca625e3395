package dev.interleave.peers;

/** One tool's adapter: explores a program within a budget, in this JVM. */
public interface Tool {

    /** The tool's name and version, for the table. */
    String name();

    /**
     * Explores until the first failure or the end of the budget.
     *
     * @param entry  the program
     * @param kind   the threads it starts (ignored by gallery programs, which choose their own)
     * @param budget at most this many executions and this long
     * @param counter counts the executions as they start (the harness's watchdog reads it)
     * @return what happened; {@code executions} counts the one that failed
     */
    Outcome explore(Entry entry, ThreadKind kind, Budget budget, Counter counter) throws Exception;

    /**
     * The budget every tool gets for one program, the seed of this repetition, the mode of
     * Interleave's scheduling points, and after how many seconds without a new execution the run
     * counts as hung.
     */
    record Budget(int executions, int seconds, long seed, String mode, int stallSeconds) {
    }

    /**
     * The result of one exploration, timed by the wall clock (epoch milliseconds).
     *
     * @param searchMillis from the start of the tool's first execution to the moment the tool had
     *                     its first failing execution in hand (Interleave: before shrinking and the
     *                     recorded replay; Fray: when the failure surfaced, Fray stops there); -1
     *                     when not measured (no find, or a tool that does not say)
     */
    record Outcome(boolean found, long executions, String failure, long startMillis, long endMillis,
                   double searchMillis) {

        public Outcome(boolean found, long executions, String failure, long startMillis, long endMillis) {
            this(found, executions, failure, startMillis, endMillis, -1);
        }
    }
}
