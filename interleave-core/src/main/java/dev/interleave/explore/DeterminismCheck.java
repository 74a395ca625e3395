package dev.interleave.explore;

import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.internal.runtime.ControlledRuntime;
import dev.interleave.internal.runtime.Execution;
import dev.interleave.schedule.ReplayDivergedException;
import dev.interleave.internal.strategy.GuidedStrategy;
import java.util.List;

/**
 * Runs an execution's schedule a second time and checks that every decision saw the same runnable
 * tasks and that the trace is the same. A difference means something Interleave does not control
 * (real I/O, identity hash codes, a thread it did not capture) decided the program's course.
 */
final class DeterminismCheck {

    private DeterminismCheck() {
    }

    /** @throws ReplayDivergedException naming the first decision or step that differed */
    static void check(ControlledRuntime runtime, RunOptions options, Execution.Body body, RunResult first, List<List<Integer>> runnable) {
        RunnableRecorder again = new RunnableRecorder(new GuidedStrategy(first.choices(), true));
        RunResult second;
        try {
            second = runtime.execute(options.withStrategy(again), body);
        } catch (ReplayDivergedException e) {
            throw new ReplayDivergedException(e.decision(), "nondeterminism: running the same schedule again, "
                    + e.getMessage());
        }
        List<List<Integer>> seen = again.runnable();
        for (int i = 0; i < Math.min(runnable.size(), seen.size()); i++) {
            if (!runnable.get(i).equals(seen.get(i))) {
                throw new ReplayDivergedException(i, "nondeterminism: at decision " + i + " the runnable tasks were "
                        + runnable.get(i) + " and, running the same schedule again, " + seen.get(i));
            }
        }
        var steps = first.trace().steps();
        var stepsAgain = second.trace().steps();
        for (int i = 0; i < Math.min(steps.size(), stepsAgain.size()); i++) {
            if (!steps.get(i).equals(stepsAgain.get(i))) {
                throw new ReplayDivergedException(i, "nondeterminism: step " + i + " was '" + steps.get(i)
                        + "' and, running the same schedule again, '" + stepsAgain.get(i) + "'");
            }
        }
        if (steps.size() != stepsAgain.size()) {
            throw new ReplayDivergedException(Math.min(steps.size(), stepsAgain.size()), "nondeterminism: the execution took "
                    + steps.size() + " steps and, running the same schedule again, " + stepsAgain.size());
        }
    }
}
