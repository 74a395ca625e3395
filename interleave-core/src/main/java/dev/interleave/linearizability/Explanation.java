package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says why a history is not linearizable: the scenario with the result each operation had, the
 * interval of ticks it ran in (an operation whose interval ends before another's begins must come
 * first), and how far the search got: the longest order it could explain and the operations none
 * of which could come next with the result it had.
 */
final class Explanation {

    private Explanation() {
    }

    static String of(List<HistoryEntry> history, LinearizabilityChecker.Verdict verdict) {
        StringBuilder text = new StringBuilder("not linearizable: no sequential order of the operations that keeps"
                + " their real-time order gives these results\n");
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
        List<String> explained = verdict.order().stream().map(i -> who(history.get(i)) + " " + history.get(i).describe())
                .toList();
        text.append("  longest order explained: ").append(explained.isEmpty() ? "none" : String.join("; ", explained))
                .append("; then none of the others can come next with its result (")
                .append(verdict.statesTried()).append(" operations tried on the model)");
        return text.toString();
    }

    private static String line(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.describe() + " [" + e.called() + "-" + e.returned() + "]")
                .collect(Collectors.joining(", "));
    }

    private static String who(HistoryEntry entry) {
        return entry.thread() == HistoryEntry.MAIN ? "main" : "t" + entry.thread();
    }
}
