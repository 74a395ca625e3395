package dev.interleave.lin.harness;

import dev.interleave.lin.structures.Structure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side run of issue 18: every structure under every column, each run in a fresh JVM,
 * repeat by repeat (so that the shared machine's load falls on all columns alike), then the Markdown
 * report. Options (run.sh passes them through):
 * {@code --repeats N} (buggy structures, default 3), {@code --correct-repeats N} (default 1),
 * {@code --seconds S} (budget per run on a buggy structure, default 120), {@code --correct-seconds S}
 * (default 60), {@code --structures Nbhml,Deque}, {@code --columns interleave,lincheck-model-17},
 * {@code --out FILE}.
 */
public final class Bench {

    private Bench() {
    }

    record Settings(int repeats, int correctRepeats, int seconds, int correctSeconds, List<Structure> structures,
                    List<Column> columns, Map<String, Integer> columnRepeats, List<Column> correctColumns, Path out) {

        /** Runs of this column on this structure: a column's cap applies to buggy structures, correct ones run their columns. */
        int repeats(Structure s, Column c) {
            if (!s.buggy()) {
                return correctColumns.contains(c) ? correctRepeats : 0;
            }
            return Math.min(repeats, columnRepeats.getOrDefault(c.id(), repeats));
        }

        int seconds(Structure s) {
            return s.buggy() ? seconds : correctSeconds;
        }
    }

    record Cell(Structure structure, Column column, int repeat, Outcome outcome) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lin-bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path dir = Path.of(System.getProperty("lin.dir"));
        Path logs = dir.resolve("target/lin-logs");
        Files.createDirectories(logs);
        Launch launch = new Launch(dir, System.getProperty("lin.jdk17"), System.getProperty("lin.jdk25"), logs);
        if (System.getProperty("lin.fromLogs") != null) {
            // The report again from a run's logs (after a change to the report, or to add a run's cells).
            List<Cell> cells = FromLogs.read(logs, settings);
            Files.writeString(settings.out, new Report(settings, cells, Instant.parse(System.getProperty("lin.started")),
                    Instant.parse(System.getProperty("lin.ended")), String.join(" ", args)).markdown());
            System.err.println("lin: report from the logs in " + settings.out);
            return;
        }
        Instant started = Instant.now();
        List<Cell> cells = new ArrayList<>();
        int most = Math.max(settings.repeats, settings.correctRepeats);
        for (int r = 0; r < most; r++) {
            for (Structure s : settings.structures) {
                for (Column c : settings.columns) {
                    if (r >= settings.repeats(s, c)) {
                        continue;
                    }
                    Outcome o = launch.run(s, c, r + 1, settings.seconds(s), s.id() + "-" + c.id() + "-" + (r + 1));
                    System.err.println("lin: " + s.id() + " " + c.id() + " #" + (r + 1) + ": " + o.kind() + " in "
                            + o.wallMillis() + " ms" + (o.error().isEmpty() ? "" : " (" + o.error() + ")"));
                    cells.add(new Cell(s, c, r + 1, o));
                }
            }
        }
        String report = new Report(settings, cells, started, Instant.now(), String.join(" ", args)).markdown();
        Files.writeString(settings.out, report);
        System.err.println("lin: report in " + settings.out);
    }

    private static Settings parse(String[] args) {
        int repeats = 3;
        int correctRepeats = 1;
        int seconds = 120;
        int correctSeconds = 60;
        List<Structure> structures = List.of(Structure.values());
        List<Column> columns = Column.ALL;
        Map<String, Integer> columnRepeats = new HashMap<>();
        List<Column> correctColumns = null;
        Path out = Path.of("target/lin-bench.md");
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String v = args[++i];
            switch (args[i - 1]) {
                case "--repeats" -> repeats = Integer.parseInt(v);
                case "--correct-repeats" -> correctRepeats = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--correct-seconds" -> correctSeconds = Integer.parseInt(v);
                case "--structures" -> structures = Arrays.stream(v.split(",")).map(Structure::byId).toList();
                case "--columns" -> columns = Arrays.stream(v.split(",")).map(Column::byId).toList();
                case "--column-repeats" -> Arrays.stream(v.split(",")).map(x -> x.split("="))
                        .forEach(x -> columnRepeats.put(Column.byId(x[0]).id(), Integer.parseInt(x[1])));
                case "--correct-columns" -> correctColumns = Arrays.stream(v.split(",")).map(Column::byId).toList();
                case "--out" -> out = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        return new Settings(repeats, correctRepeats, seconds, correctSeconds, structures, columns, columnRepeats,
                correctColumns == null ? columns : correctColumns, out);
    }
}
