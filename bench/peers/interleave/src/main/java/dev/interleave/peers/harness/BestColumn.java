package dev.interleave.peers.harness;

import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Time to bug against a peer's best column, program by program: a peer with several columns (Fray's
 * schedulers) is credited with whichever found each bug fastest, which is the comparison issue 17
 * asks for ("at least 5 times shorter than Fray's best column over the programs both find").
 */
final class BestColumn {

    private BestColumn() {
    }

    /** What is compared: the median of a cell's runs that found the bug, smaller is better. */
    enum Measure {
        WALL("wall time to the first failure (JVM launch to the tool's return)", Cell::medianSeconds),
        SEARCH("search time to the first failure (first execution to the failing one, in the child)",
                Cell::medianSearchSeconds),
        EXECUTIONS("executions to the first failure", Cell::medianExecutions);

        final String what;
        final Function<Cell, OptionalDouble> median;

        Measure(String what, Function<Cell, OptionalDouble> median) {
            this.what = what;
            this.median = median;
        }
    }

    static void write(StringBuilder md, List<Config> configs, Map<Entry, Map<Config, Cell>> results, String baselineMode) {
        for (Measure measure : Measure.values()) {
            write(md, configs, results, baselineMode, measure);
        }
    }

    private static void write(StringBuilder md, List<Config> configs, Map<Entry, Map<Config, Cell>> results,
                              String baselineMode, Measure measure) {
        List<String> peers = configs.stream().map(Config::tool).filter(t -> !t.equals("interleave")).distinct().toList();
        if (peers.isEmpty()) {
            return;
        }
        md.append("\nBy ").append(measure.what).append(":\n");
        md.append("\n| Interleave `").append(baselineMode).append("` against | threads | bugs both found | median of (peer's best column ÷ Interleave), per program | programs where the peer's best column was ahead |\n|---|---|---|---|---|\n");
        for (String peer : peers) {
            for (ThreadKind kind : ThreadKind.values()) {
                List<Config> columns = configs.stream().filter(c -> c.tool().equals(peer) && c.threads() == kind).toList();
                Config baseline = new Config("interleave", 25, kind, baselineMode);
                if (columns.isEmpty() || !configs.contains(baseline)) {
                    continue;
                }
                List<Double> ratios = new ArrayList<>();
                List<String> faster = new ArrayList<>();
                for (var row : results.entrySet()) {
                    OptionalDouble mine = measure.median.apply(row.getValue().get(baseline));
                    OptionalDouble best = columns.stream().map(row.getValue()::get)
                            .map(measure.median).filter(OptionalDouble::isPresent)
                            .mapToDouble(OptionalDouble::getAsDouble).min();
                    if (row.getKey().fixed() || mine.isEmpty() || best.isEmpty() || mine.getAsDouble() <= 0) {
                        continue;
                    }
                    double ratio = best.getAsDouble() / mine.getAsDouble();
                    ratios.add(ratio);
                    if (ratio < 1) {
                        faster.add(row.getKey().name() + " (" + Cell.fmt(ratio, 2) + "×)");
                    }
                }
                if (ratios.isEmpty()) {
                    continue;
                }
                md.append("| ").append(columns.get(0).toolName()).append(" (").append(columns.size())
                        .append(columns.size() == 1 ? " column" : " columns").append(") | ")
                        .append(kind.name().toLowerCase()).append(" | ").append(ratios.size()).append(" | ")
                        .append(Cell.fmt(Stats.median(ratios.stream().mapToDouble(Double::doubleValue).toArray())
                                .getAsDouble(), 2)).append("× | ")
                        .append(faster.isEmpty() ? "none" : String.join(", ", faster)).append(" |\n");
            }
        }
    }

    static void legend(StringBuilder md) {
        md.append("\nA ratio above 1: Interleave reached the failure sooner. Each cell's figure is the median over the ")
                .append("fresh JVMs that found the bug (a cell found in fewer than all of them says so in the table below).\n");
    }
}
