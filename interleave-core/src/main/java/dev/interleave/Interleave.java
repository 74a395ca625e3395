package dev.interleave;

import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.runtime.Execution;
import dev.interleave.internal.runtime.ProgramRunner;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Replayer;
import dev.interleave.explore.Target;
import dev.interleave.schedule.Schedule;
import java.util.List;

/**
 * Runs Java code on a scheduler that Interleave controls: every thread it starts becomes a
 * controlled task, exactly one runs at a time, and the strategy (FIFO by default, asyncio's
 * order) decides who goes next at every scheduling point. Needs the Interleave java agent.
 *
 * <pre>{@code
 * RunResult result = Interleave.run(() -> {
 *     try (var group = new TaskGroup()) {
 *         for (int i = 0; i < 3; i++) group.fork(() -> foo());
 *     }
 * });
 * }</pre>
 */
public final class Interleave {

    /** Code to run as a run's main task. */
    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    private Interleave() {
    }

    /** Runs {@code body} once under FIFO, printing the program's output as it goes. */
    public static RunResult run(Body body) {
        return run(RunOptions.defaults(), body);
    }

    /**
     * Runs {@code body} once under {@code options}. It always answers, with the run's verdict: a
     * step that never ends is a {@link Failure.Limit#STUCK_STEP} limit, reported with what ran so
     * far (the thread that ran it is given up), and a time limit ends the run even inside a step.
     */
    public static RunResult run(RunOptions options, Body body) {
        ControlledRuntime runtime = ControlledRuntime.get();
        Execution.Body main = body::run;
        // The run is driven from a platform thread of the runtime's, whatever the caller's thread.
        return runtime.supervised(() -> runtime.execute(options, main), soFar -> soFar);
    }

    /**
     * Explores {@code body} under many schedules, looking for a failure; {@code name} ties the
     * schedules found to it.
     */
    public static Exploration explore(String name, ExploreOptions options, Body body) {
        return new Explorer(options, ProgressListener.NONE).explore(new Target(name, body));
    }

    /** Explores a program's {@code main}, its classes loaded afresh for every execution. */
    public static Exploration exploreMain(Program program, String[] args, ExploreOptions options, ProgressListener listener) {
        return new Explorer(options, listener).explore(mainTarget(program, args));
    }

    /**
     * The data races of an exploration of a program's {@code main} (see {@link #exploreMain}), each
     * with both accesses' stacks: each race's execution is replayed once to take them.
     */
    public static List<DataRace> raceStacks(Program program, String[] args, ExploreOptions options, List<DataRace> races) {
        return dev.interleave.explore.RaceStacks.of(mainTarget(program, args), options, races);
    }

    /**
     * Replays a schedule of a program exactly, recording each step's source line.
     *
     * @throws dev.interleave.schedule.ReplayDivergedException naming the first step that diverged
     */
    public static RunResult replayMain(Program program, String[] args, Schedule schedule) {
        return Replayer.replay(ControlledRuntime.get(), mainTarget(program, args).body()::run, schedule, true);
    }

    /**
     * As {@link #replayMain(Program, String[], Schedule)}, under {@code options}' limits (a time
     * limit, the step limit the schedule was found under); the strategy and mode are the schedule's.
     */
    public static RunResult replayMain(Program program, String[] args, Schedule schedule, RunOptions options) {
        return Replayer.replay(ControlledRuntime.get(), mainTarget(program, args).body()::run, schedule,
                options.withEchoOutput(false).withRecordLocations(true));
    }

    /** The exploration target for a program's main: named by its main class. */
    public static Target mainTarget(Program program, String[] args) {
        String[] copy = args.clone();
        return new Target(program.mainClass(), () -> ProgramRunner.invokeMain(program, copy));
    }

    /**
     * Runs a program's {@code main} once, its classes loaded afresh (so its static state starts
     * new) and instrumented for control.
     */
    public static RunResult runMain(Program program, String[] args, RunOptions options) {
        return run(options, () -> ProgramRunner.invokeMain(program, args));
    }
}
