package dev.interleave.lin.harness;

import dev.interleave.lin.structures.Structure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown section of docs/benchmarks.md: per structure and column, how many runs found the bug
 * (or raised a false alarm), the time to the answer (median, min–max, in seconds from the JVM's
 * start), the size of the scenario reported, and the time-to-bug ratios over the bugs both found.
 */
record Report(Bench.Settings settings, List<Bench.Cell> cells, Instant started, Instant ended, String args) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(started).append(" to ").append(ended).append(" (")
                .append(Duration.between(started, ended).toSeconds()).append(" s), commit ")
                .append(System.getProperty("lin.commit", "?")).append(", load average at the end ")
                .append(load()).append(", `bench/linearizability/run.sh ")
                .append(args).append("`: budget ").append(settings.seconds()).append(" s per run on a buggy structure (")
                .append(settings.repeats()).append(" fresh JVMs per cell), ").append(settings.correctSeconds())
                .append(" s on a correct one (").append(settings.correctRepeats()).append(" per column run there).\n\n");
        md.append("Cells: runs that found the structure not linearizable / runs; median time to the answer, seconds from")
                .append(" the JVM's start (min–max over the finds); the reported scenario's operations (threads), median.")
                .append(" `passed`: the tool ended without a failure (Interleave: its 100 scenarios, or fewer when the budget ended them, median shown);"
                        + " `budget`: the harness ended the JVM at the budget without a failure (Lincheck has no time limit);"
                        + " `error`: the tool failed otherwise.\n\n");
        table(md, true);
        table(md, false);
        ratios(md);
        scenarios(md);
        return md.toString();
    }

    private void table(StringBuilder md, boolean buggy) {
        md.append(buggy ? "Known-buggy structures (a find is a bug found):\n\n" : "Correct structures (a find is a false alarm):\n\n");
        md.append("| structure |");
        settings.columns().forEach(c -> md.append(' ').append(c.label()).append(" |"));
        md.append("\n| --- |");
        settings.columns().forEach(c -> md.append(" --- |"));
        md.append('\n');
        for (Structure s : settings.structures()) {
            if (s.buggy() != buggy) {
                continue;
            }
            md.append("| ").append(s.description()).append(" |");
            for (Column c : settings.columns()) {
                md.append(' ').append(cell(of(s, c))).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private String cell(List<Bench.Cell> runs) {
        if (runs.isEmpty()) {
            return "not run";
        }
        List<Long> times = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        List<Long> ops = new ArrayList<>();
        List<Long> threads = new ArrayList<>();
        int budget = 0;
        int errors = 0;
        int passed = 0;
        List<Long> scenarios = new ArrayList<>();
        for (Bench.Cell cell : runs) {
            switch (cell.outcome().kind()) {
                case FOUND -> {
                    times.add(cell.outcome().line().millis());
                    if (cell.outcome().line().firstFailureMillis() >= 0) {
                        firsts.add(cell.outcome().line().firstFailureMillis());
                    }
                    ops.add((long) cell.outcome().line().operations());
                    threads.add((long) cell.outcome().line().threads());
                }
                case BUDGET -> budget++;
                case ERROR -> errors++;
                case PASSED -> {
                    passed++;
                    if (cell.outcome().line().scenarios() >= 0) {
                        scenarios.add(cell.outcome().line().scenarios());
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder().append(times.size()).append('/').append(runs.size());
        if (!times.isEmpty()) {
            s.append("; ").append(seconds(median(times))).append(" s (").append(seconds(min(times))).append('–')
                    .append(seconds(max(times))).append("); ").append(median(ops)).append(" ops (").append(median(threads)).append(')');
            if (!firsts.isEmpty()) {
                s.append("; first failing execution ").append(seconds(median(firsts))).append(" s");
            }
        }
        if (passed > 0) {
            s.append("; passed ").append(passed);
            if (!scenarios.isEmpty()) {
                s.append(" (").append(median(scenarios)).append(" scenarios)");
            }
        }
        if (budget > 0) {
            s.append("; budget ").append(budget);
        }
        if (errors > 0) {
            s.append("; error ").append(errors);
        }
        return s.toString();
    }

    /** Lincheck's median time over Interleave's, per buggy structure both found in at least one run. */
    private void ratios(StringBuilder md) {
        Column interleave = settings.columns().stream().filter(Column::interleave).findFirst().orElse(null);
        if (interleave == null) {
            return;
        }
        md.append("Median time to bug, Lincheck's over Interleave's, per bug both found (and the median of those ratios):\n\n");
        for (Column c : settings.columns()) {
            if (c.interleave()) {
                continue;
            }
            List<Double> ratios = new ArrayList<>();
            StringBuilder each = new StringBuilder();
            for (Structure s : settings.structures()) {
                List<Long> mine = finds(of(s, interleave));
                List<Long> theirs = finds(of(s, c));
                if (!s.buggy() || mine.isEmpty() || theirs.isEmpty()) {
                    continue;
                }
                double r = (double) median(theirs) / median(mine);
                ratios.add(r);
                each.append(each.isEmpty() ? "" : ", ").append(s.id()).append(' ').append(format(r)).append('×');
            }
            ratios.sort(null);
            md.append("- ").append(c.label()).append(": ");
            if (ratios.isEmpty()) {
                md.append("no bug found by both\n");
            } else {
                double median = ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2)
                        : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
                md.append(format(median)).append("× over ").append(ratios.size()).append(" (").append(each).append(")\n");
            }
        }
        md.append('\n');
        List<Long> first = new ArrayList<>();
        cells.stream().filter(c -> c.column().interleave() && c.outcome().kind() == Outcome.Kind.FOUND
                && c.outcome().line().firstFailureMillis() >= 0).forEach(c -> first.add(c.outcome().line().firstFailureMillis()));
        if (!first.isEmpty()) {
            md.append("Interleave's time to its first failing execution (before shrinking the scenario and its interleaving),")
                    .append(" over all its finds: median ").append(seconds(median(first))).append(" s (")
                    .append(seconds(min(first))).append('–').append(seconds(max(first))).append(").\n\n");
        }
    }

    private void scenarios(StringBuilder md) {
        md.append("The first scenario each column reported, per structure:\n\n");
        for (Structure s : settings.structures()) {
            for (Column c : settings.columns()) {
                for (Bench.Cell cell : of(s, c)) {
                    if (cell.outcome().kind() == Outcome.Kind.FOUND) {
                        md.append("- ").append(s.id()).append(", ").append(c.label()).append(" (").append(cell.outcome().line().kind())
                                .append("): `").append(cell.outcome().line().scenario()).append("`\n");
                        break;
                    }
                }
            }
        }
        List<String> errors = new ArrayList<>();
        cells.stream().filter(c -> c.outcome().kind() == Outcome.Kind.ERROR).forEach(c -> errors.add(
                "- " + c.structure().id() + ", " + c.column().label() + " #" + c.repeat() + ": " + c.outcome().error()));
        if (!errors.isEmpty()) {
            md.append("\nErrors:\n\n").append(String.join("\n", errors)).append('\n');
        }
        md.append('\n');
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private List<Bench.Cell> of(Structure s, Column c) {
        return cells.stream().filter(x -> x.structure() == s && x.column().equals(c)).toList();
    }

    private static List<Long> finds(List<Bench.Cell> runs) {
        return runs.stream().filter(c -> c.outcome().kind() == Outcome.Kind.FOUND).map(c -> c.outcome().line().millis()).toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static String seconds(long millis) {
        return format(millis / 1000.0);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
    }
}
