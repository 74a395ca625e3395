package dev.interleave.peers.harness;

import dev.interleave.peers.Catalog;
import dev.interleave.peers.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every program under every tool and column, each run in a fresh JVM with the same budget,
 * prints each command as it runs it, and writes the table (docs/benchmarks.md by default).
 * Started by bench/peers/run.sh, which builds everything and passes the paths.
 */
public final class Harness {

    private Harness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("peers: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<Entry> entries = Catalog.all().stream()
                .filter(e -> options.programs().isEmpty() || options.programs().contains(e.name())).toList();
        List<Config> configs = Config.all(options.modes(), options.fraySchedulers(), options.threads()).stream().filter(c -> options.tools().contains(c.tool())).toList();
        Launcher launcher = new Launcher();
        Path logs = Path.of(System.getProperty("peers.dir", "."), "target/peers-logs");
        Instant started = Instant.now();
        String measured = Machine.measuredCommit();
        Map<Entry, Map<Config, Cell>> results = new LinkedHashMap<>();
        Map<Config, Integer> stuckInARow = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Map<Config, Cell> row = new LinkedHashMap<>();
            for (Config config : configs) {
                // --quick gives up on a column that hung (or broke) on 3 programs in a row: each such
                // run costs the whole budget and tells nothing new. The full run runs every cell.
                if (options.quick() && stuckInARow.getOrDefault(config, 0) >= 3 && config.notApplicable(entry).isEmpty()) {
                    row.put(config, Cell.na(Cell.SKIPPED));
                    continue;
                }
                Cell cell = cell(entry, config, options, launcher, logs);
                if (cell.ran()) {
                    stuckInARow.merge(config, cell.stuck() ? 1 : -stuckInARow.getOrDefault(config, 0), Integer::sum);
                }
                row.put(config, cell);
            }
            results.put(entry, row);
        }
        long elapsed = Instant.now().getEpochSecond() - started.getEpochSecond();
        Report.write(options, configs, results, launcher, started, elapsed, measured);
        System.out.println("peers: wrote " + options.output() + " (" + elapsed + " s)");
    }

    private static Cell cell(Entry entry, Config config, Options options, Launcher launcher, Path logs)
            throws IOException, InterruptedException {
        var na = config.notApplicable(entry);
        if (na.isPresent()) {
            return Cell.na(na.get());
        }
        List<Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= options.repeats(); seed++) {
            String name = entry.name() + "-" + config.id() + "-" + seed;
            List<String> command = new ArrayList<>(launcher.command(config, logs.resolve("fray-work").resolve(name)));
            command.addAll(List.of(entry.name(), config.threads().name().toLowerCase(),
                    Integer.toString(options.executions()), Integer.toString(options.seconds()), Integer.toString(seed),
                    config.mode(), Integer.toString(options.stallSeconds())));
            System.out.println("run: " + String.join(" ", command));
            Run run = ChildRun.run(command, logs.resolve(name + ".log"), options.seconds() + options.stallSeconds() + 90L);
            System.out.printf("  -> %s, %d executions, %.1f s from launch  %s%n", run.status(), run.executions(),
                    run.wallMillis() / 1000.0, run.detail());
            runs.add(run);
            boolean stuck = run.status().equals("hung") || run.status().equals("killed") || run.status().equals("error");
            if (stuck) {
                break; // a hung or broken tool is not timed again
            }
        }
        return Cell.of(runs);
    }
}
