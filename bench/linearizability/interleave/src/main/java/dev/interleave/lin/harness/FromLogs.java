package dev.interleave.lin.harness;

import dev.interleave.lin.structures.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's cells read back from its logs ({@code STRUCTURE-COLUMN-REPEAT.log}, the child's command
 * first), for the report to be written again without running anything. A log without a result line
 * or an error is a run the budget ended; the harness's own wall time is not in the logs (-1).
 */
final class FromLogs {

    private FromLogs() {
    }

    static List<Bench.Cell> read(Path logs, Bench.Settings settings) throws IOException {
        List<Bench.Cell> cells = new ArrayList<>();
        for (Structure s : settings.structures()) {
            for (Column c : settings.columns()) {
                for (int r = 1; ; r++) {
                    Path log = logs.resolve(s.id() + "-" + c.id() + "-" + r + ".log");
                    if (!Files.exists(log)) {
                        break;
                    }
                    List<String> lines = Files.readAllLines(log);
                    boolean error = lines.stream().anyMatch(l -> l.startsWith("LIN-ERROR\t") || l.startsWith("Exception in thread"));
                    cells.add(new Bench.Cell(s, c, r, Outcome.of(lines, !error, error ? 1 : 0, -1)));
                }
            }
        }
        return cells;
    }
}
