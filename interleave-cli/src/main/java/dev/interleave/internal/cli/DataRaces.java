package dev.interleave.internal.cli;

import dev.interleave.DataRace;
import java.io.PrintStream;
import java.util.List;

/** How the commands show the race detector's findings: one line per race (the summary line counts them). */
final class DataRaces {

    private DataRaces() {
    }

    static void print(PrintStream out, List<DataRace> races) {
        for (DataRace race : races) {
            out.println("DATA RACE: " + race);
        }
    }
}
