package dev.interleave.explore;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.runtime.ControlledRuntime;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * Both stacks of an exploration's data races, so that a race can be read without a failure.
 * Keeping a stack at every access would slow every execution of an exploration; instead each race
 * is replayed once, under the schedule of the execution that first showed it, with every shared
 * access keeping its stack: the replay meets the same race again, now with both stacks.
 */
public final class RaceStacks {

    /** Most races replayed: past it, races are listed without stacks. */
    static final int MOST = 20;

    private RaceStacks() {
    }

    /** {@code races} of an exploration of {@code target} under {@code options}, each with its stacks where a replay found them. */
    public static List<DataRace> of(Target target, ExploreOptions options, List<DataRace> races) {
        ControlledRuntime runtime = ControlledRuntime.get();
        RunOptions run = RunOptions.defaults().withEchoOutput(false).withMode(Mode.parse(options.mode()))
                .withMaxSteps(options.maxSteps()).withInstrument(options.instrument()).withRaceStacks(true);
        List<DataRace> explained = new ArrayList<>();
        for (DataRace race : races) {
            explained.add(explained.size() < MOST && race.schedule() != null ? replayed(runtime, target, run, options, race)
                    : race);
        }
        return explained;
    }

    private static DataRace replayed(ControlledRuntime runtime, Target target, RunOptions run, ExploreOptions options,
                                     DataRace race) {
        RunResult replay;
        try {
            replay = Replayer.replay(runtime, target.body()::run, new Schedule(target.name(), options.mode(), race.schedule()),
                    run);
        } catch (ReplayDivergedException e) {
            return race; // the program did not do the same again: the race keeps its lines only
        }
        for (DataRace again : replay.races()) {
            if (RaceLog.same(race, again)) {
                return race.withStacks(again.firstStack(), again.secondStack());
            }
        }
        return race;
    }
}
