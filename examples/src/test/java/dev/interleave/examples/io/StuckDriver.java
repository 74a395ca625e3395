package dev.interleave.examples.io;

import dev.interleave.Mode;
import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program of the gallery that waits on the outside world for good, in a JVM of its own whose
 * standard input the test holds open and empty (the test JVM's own input belongs to the test
 * runner): twice with {@code run}, then explored in every mode. Prints one line each, then exits.
 */
public final class StuckDriver {

    private StuckDriver() {
    }

    public static void main(String[] args) {
        Program program = Program.of(List.of(Path.of("target/classes")), args[0]);
        for (int i = 1; i <= 2; i++) {
            RunResult run = Interleave.runMain(program, new String[0], RunOptions.defaults().withEchoOutput(false));
            System.out.println("run " + i + ": " + verdict(run));
        }
        for (Mode mode : List.of(Mode.COOPERATIVE, Mode.SYNC, Mode.PREEMPTIVE)) {
            Exploration e = Interleave.exploreMain(program, new String[0],
                    ExploreOptions.defaults(1).withSchedules(1_000).withMode(mode), ProgressListener.NONE);
            System.out.println(mode + ": " + e.found().map(found -> verdict(found.replay())).orElse("no failure")
                    + " after " + e.schedulesRun() + " schedules");
        }
        System.exit(0);
    }

    private static String verdict(RunResult result) {
        return result.verdict() instanceof Failure.LimitExceeded f
                ? f.kind() + " " + f.limit()
                : result.verdict().toString();
    }
}
