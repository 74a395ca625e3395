package dev.interleave.explore;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both stacks of an exploration's data races, so that a race can be read without a failure.
 * Keeping a stack at every access would slow every execution of an exploration; instead each race
 * is replayed once, under the schedule of the execution that first showed it, with every shared
 * access keeping its stack: the replay meets the same race again, now with both stacks.
 */
public final class RaceStacks {

    /** Most races replayed: past it, races are listed without stacks. */
    static final int MOST = 20;
    /**
     * Time for all the replays: a replay that keeps a stack at every shared access is slow on a big
     * program (Derby in preemptive mode: minutes), and the races are listed, with their lines, anyway.
     */
    static final Duration BUDGET = Duration.ofSeconds(10);

    private RaceStacks() {
    }

    /** {@code races} of an exploration of {@code target} under {@code options}, each with its stacks where a replay found them. */
    public static List<DataRace> of(Target target, ExploreOptions options, List<DataRace> races) {
        ControlledRuntime runtime = ControlledRuntime.get();
        RunOptions run = RunOptions.defaults().withEchoOutput(false).withMode(options.mode())
                .withMaxSteps(options.maxSteps()).withInstrument(options.instrument()).withRaceStacks(true);
        List<DataRace> explained = new ArrayList<>();
        // Races that one execution showed first share its replay: a program with four races in its
        // first execution (Derby) is run once with stacks, not four times.
        // Only each replay's races are kept, not its trace.
        Map<List<Integer>, Optional<List<DataRace>>> replays = new HashMap<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (DataRace race : races) {
            long left = deadline - System.nanoTime();
            if (explained.size() >= MOST || race.schedule() == null || (left <= 0 && !replays.containsKey(race.schedule()))) {
                explained.add(race);
                continue;
            }
            Optional<List<DataRace>> replayed = replays.computeIfAbsent(race.schedule(),
                    schedule -> replay(runtime, target, run.withTimeLimit(Duration.ofNanos(left)), options, schedule));
            explained.add(replayed.map(again -> withStacks(race, again)).orElse(race));
        }
        return explained;
    }

    /** The races of a replay of {@code schedule}, with their stacks; empty if the program did not follow it. */
    private static Optional<List<DataRace>> replay(ControlledRuntime runtime, Target target, RunOptions run,
                                                   ExploreOptions options, List<Integer> schedule) {
        try {
            RunResult result = Replayer.replay(runtime, target.body()::run,
                    new Schedule(target.name(), options.mode(), schedule), run);
            // A replay the budget ended met only some of the races: those it met have their stacks.
            return Optional.of(result.races());
        } catch (ReplayDivergedException e) {
            return Optional.empty(); // the program did not do the same again: its races keep their lines only
        }
    }

    private static DataRace withStacks(DataRace race, List<DataRace> replayed) {
        for (DataRace again : replayed) {
            if (RaceLog.same(race, again)) {
                return RaceLog.withStacksOf(race, again);
            }
        }
        return race;
    }
}
