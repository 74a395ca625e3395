package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says why a run failed the check: the scenario with the result each operation had and the
 * interval of ticks it ran in (an operation whose interval ends before another's begins must come
 * first); for results no order explains, which results are wrong against those a sequential order
 * allows and how far the search got; for a hang, which operations did not complete.
 */
final class Explanation {

    private Explanation() {
    }

    static String notLinearizable(List<HistoryEntry> history, LinearizabilityChecker.Verdict verdict,
                                  List<Set<Result>> allowed) {
        StringBuilder text = new StringBuilder("not linearizable: no sequential order of the operations that keeps"
                + " their real-time order gives these results\n");
        appendScenario(text, history);
        appendAllowed(text, history, allowed);
        List<String> explained = verdict.order().stream().map(i -> history.get(i).who() + " " + history.get(i).describe())
                .toList();
        text.append("  longest order explained: ").append(explained.isEmpty() ? "none" : String.join("; ", explained))
                .append("; then none of the others can come next with its result (")
                .append(verdict.statesTried()).append(" operations tried on the model)");
        return text.toString();
    }

    /**
     * @param why what a sequential run does instead, after "; "
     */
    static String hang(List<HistoryEntry> history, List<HistoryEntry> stuck, String why) {
        StringBuilder text = new StringBuilder("hang: ");
        text.append(stuck.stream().map(e -> e.who() + " " + e.invocation()).collect(Collectors.joining(", ")))
                .append(" did not complete; ").append(why).append('\n');
        appendScenario(text, history);
        return text.toString().stripTrailing();
    }

    /** "results against a sequential order": each result no order allows, with those it allows. */
    private static void appendAllowed(StringBuilder text, List<HistoryEntry> history, List<Set<Result>> allowed) {
        if (allowed == null) {
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (!allowed.get(i).isEmpty()) {
                HistoryEntry entry = history.get(i);
                wrong.add(entry.who() + " " + entry.invocation() + " returned " + entry.result()
                        + "; a sequential order allows " + allowed.get(i).stream().map(Result::toString)
                        .collect(Collectors.joining(" or ")));
            }
        }
        if (wrong.isEmpty()) {
            text.append("  no one result is wrong alone: a sequential order differs in two results or more\n");
            return;
        }
        text.append("  results against a sequential order (the others as seen):\n");
        wrong.forEach(line -> text.append("    ").append(line).append('\n'));
    }

    private static void appendScenario(StringBuilder text, List<HistoryEntry> history) {
        List<HistoryEntry> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparingLong(HistoryEntry::called));
        List<HistoryEntry> before = new ArrayList<>();
        List<HistoryEntry> after = new ArrayList<>();
        int threads = 0;
        boolean parallelSeen = false;
        for (HistoryEntry entry : sorted) {
            if (entry.thread() == HistoryEntry.MAIN) {
                (parallelSeen ? after : before).add(entry);
            } else {
                parallelSeen = true;
                threads = Math.max(threads, entry.thread() + 1);
            }
        }
        if (!before.isEmpty()) {
            text.append("  initial (main):  ").append(line(before)).append('\n');
        }
        for (int t = 0; t < threads; t++) {
            int thread = t;
            text.append("  thread ").append(t).append(":  ")
                    .append(line(sorted.stream().filter(e -> e.thread() == thread).toList())).append('\n');
        }
        if (!after.isEmpty()) {
            text.append("  final (main):  ").append(line(after)).append('\n');
        }
    }

    private static String line(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.describe() + " [" + e.called() + "-"
                + (e.isPending() ? "" : Long.toString(e.returned())) + "]").collect(Collectors.joining(", "));
    }

    /** The allowed results as text, for {@link ScenarioError#allowed()}. */
    static List<List<String>> texts(List<Set<Result>> allowed) {
        return allowed == null ? null : allowed.stream().map(set -> set.stream().map(Result::toString).toList()).toList();
    }
}
