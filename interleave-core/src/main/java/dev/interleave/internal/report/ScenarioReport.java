package dev.interleave.internal.report;

import java.util.List;

/**
 * What a report of a linearizability test adds to a failure's: the kind of failure, the scenario
 * that failed (shrunk) and the one generated, how shrinking went, and each operation's result
 * against the results a sequential order allows it. Plain text and numbers: the report writers know
 * nothing of specifications.
 *
 * @param kind       "not linearizable", "hang" or "exception"
 * @param scenario   the scenario reported, one line per part ({@code thread 0: push(2), pop()})
 * @param generated  the scenario as generated, in the same form
 * @param operations the run's operations (empty when the failure carries none: an exception, a deadlock)
 * @param shrink     how the scenario was shrunk, or null when it was not tried
 * @param key        the key that replays the scenario and its interleaving
 */
public record ScenarioReport(String kind, List<String> scenario, List<String> generated, List<Operation> operations,
                             Shrink shrink, String key) {

    public ScenarioReport {
        scenario = List.copyOf(scenario);
        generated = List.copyOf(generated);
        operations = List.copyOf(operations);
    }

    /**
     * One operation of the run: who ran it ({@code main}, {@code t0}...), the call, its result (null:
     * it did not complete), the results a sequential order in which every other operation returns
     * what it did allows it (null: not known; empty: none, so this result alone is not the wrong one),
     * and the ticks of its call and return (-1: it did not return).
     */
    public record Operation(String thread, String call, String result, List<String> allowed, long called,
                            long returned) {
        public Operation {
            allowed = allowed == null ? null : List.copyOf(allowed);
        }

        /** Whether a sequential order allows other results and not this one: a result to read first. */
        public boolean wrong() {
            return allowed != null && !allowed.isEmpty() && result != null;
        }
    }

    /**
     * How the scenario was shrunk: threads and operations before and after, smaller scenarios explored,
     * milliseconds, and whether the budget stopped it.
     */
    public record Shrink(int fromThreads, int fromOperations, int threads, int operations, int candidates, long millis,
                         boolean budgetReached) {

        /** One line: "shrunk from 3 threads and 12 operations to 2 and 3 in 20 explorations (1.20 s)". */
        public String text() {
            String sizes = fromThreads == threads && fromOperations == operations
                    ? "not smaller: no smaller scenario failed the same way (" + candidates + " explored"
                    : "shrunk from " + fromThreads + " threads and " + fromOperations + " operations to " + threads
                    + " and " + operations + " (" + candidates + " smaller scenarios explored";
            return sizes + String.format(java.util.Locale.ROOT, ", %.2f s)", millis / 1000.0)
                    + (budgetReached ? ", stopped by the scenario shrink budget" : "");
        }
    }
}
