package dev.interleave.peers.harness;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The runs of one program in one column, or why there are none. */
record Cell(List<Run> runs, String notApplicable) {

    static final String SKIPPED = "not run (--quick: the column hung on 3 programs in a row)";

    /** The tool hung, overran the harness's limit or failed itself, on the first run. */
    boolean stuck() {
        return ran() && !found() && !runs.isEmpty()
                && List.of("hung", "killed", "error").contains(runs.get(0).status());
    }

    static Cell of(List<Run> runs) {
        return new Cell(List.copyOf(runs), null);
    }

    static Cell na(String reason) {
        return new Cell(List.of(), reason);
    }

    boolean ran() {
        return notApplicable == null;
    }

    long foundCount() {
        return runs.stream().filter(Run::found).count();
    }

    boolean found() {
        return foundCount() > 0;
    }

    /** Median wall time to the first failure, from a fresh JVM, over the runs that found it. */
    OptionalDouble medianSeconds() {
        return Stats.median(runs.stream().filter(Run::found).mapToDouble(r -> r.wallMillis() / 1000.0).toArray());
    }

    /**
     * Median search time to the first failure (the tool's first execution to its first failing
     * one, in the child; no JVM start-up, no shrinking), over the runs that found it and measured it.
     */
    OptionalDouble medianSearchSeconds() {
        return Stats.median(runs.stream().filter(r -> r.found() && r.searchMillis() >= 0)
                .mapToDouble(r -> r.searchMillis() / 1000.0).toArray());
    }

    /** Median executions to the first failure, counting the failing one, over the runs that found it. */
    OptionalDouble medianExecutions() {
        return Stats.median(runs.stream().filter(r -> r.found() && r.executions() >= 0).mapToDouble(Run::executions).toArray());
    }

    /** Executions per second, from runs long enough to measure it. */
    static final int RATE_MIN_EXECUTIONS = 20;

    /**
     * Median executions per second over the runs of at least {@value #RATE_MIN_EXECUTIONS}
     * executions: in a run that found its bug at once, the time is start-up and report building.
     */
    OptionalDouble rate() {
        return Stats.median(runs.stream().filter(r -> r.executions() >= RATE_MIN_EXECUTIONS)
                .mapToDouble(Run::executionsPerSecond).filter(d -> !Double.isNaN(d)).toArray());
    }

    /** The cell's text; a fixed twin's clean run reads "passed", a bug's "missed". */
    String markdown(boolean fixed) {
        if (!ran()) {
            return notApplicable;
        }
        List<Run> hits = runs.stream().filter(Run::found).toList();
        String rate = rate().stream().mapToObj(d -> fmt(d, 0) + "/s").findFirst().orElse("– ex/s");
        if (!hits.isEmpty()) {
            double[] wall = hits.stream().mapToDouble(r -> r.wallMillis() / 1000.0).toArray();
            double[] execs = hits.stream().filter(r -> r.executions() >= 0).mapToDouble(Run::executions).toArray();
            String count = execs.length == 0 ? "? ex" : fmt(Stats.median(execs).getAsDouble(), 0) + " ex";
            String range = wall.length > 1 ? " (" + fmt(Stats.min(wall), 1) + "–" + fmt(Stats.max(wall), 1) + ")" : "";
            double[] search = hits.stream().filter(r -> r.searchMillis() >= 0).mapToDouble(r -> r.searchMillis() / 1000.0).toArray();
            String searched = search.length == 0 ? "" : ", search " + fmt(Stats.median(search).getAsDouble(), 3) + " s"
                    + (search.length > 1 ? " (" + fmt(Stats.min(search), 3) + "–" + fmt(Stats.max(search), 3) + ")" : "");
            String marker = hits.size() == runs.size() ? "**found**" : "**found " + hits.size() + "/" + runs.size() + "**";
            if (hits.stream().anyMatch(r -> r.status().equals("exit"))) {
                marker += " (exit 1, no report)";
            }
            return marker + " " + count + ", wall " + fmt(Stats.median(wall).getAsDouble(), 1) + " s" + range + searched + ", " + rate;
        }
        Run first = runs.get(0);
        String what = switch (first.status()) {
            case "hung" -> "hung (" + first.executions() + " ex started)";
            case "killed" -> "killed at the limit";
            case "error" -> "tool error";
            default -> (fixed ? "passed " : "missed ") + first.executions() + " ex";
        };
        return what + ", " + fmt(first.wallMillis() / 1000.0, 1) + " s, " + rate;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
