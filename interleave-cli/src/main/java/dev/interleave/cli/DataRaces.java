package dev.interleave.cli;

import dev.interleave.DataRace;
import java.io.PrintStream;
import java.util.List;

/** How the commands show the race detector's findings: one line per race, and a word in the summary. */
final class DataRaces {

    private DataRaces() {
    }

    static void print(PrintStream out, List<DataRace> races) {
        for (DataRace race : races) {
            out.println("DATA RACE: " + race);
        }
    }

    /** For the summary line: whether the explored executions were race-free. */
    static String summary(List<DataRace> races) {
        return races.isEmpty() ? "data races: none seen" : "data races: " + races.size() + " (listed above)";
    }
}
