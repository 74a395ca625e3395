package dev.interleave;

import java.util.List;

/**
 * What one execution did: its verdict, its trace, the lines the program printed, how much
 * virtual time passed, and its choices: the id of the task that ran at each decision where more
 * than one could (the makings of a {@link dev.interleave.schedule.Schedule}). When the run recorded
 * locations and failed, {@code stacksAtFailure} has every live task's stack at the failure. {@code races}
 * are the data races the detector saw, whether or not the run passed. {@code sharedBetweenPoints} says
 * that tasks used a shared field, array element, monitor or concurrent object where the run's mode
 * makes no scheduling point: the run tried no switch there.
 */
public record RunResult(Verdict verdict, Trace trace, List<String> output, long virtualNanos, List<Integer> choices,
                        List<TaskStack> stacksAtFailure, List<DataRace> races, boolean sharedBetweenPoints) {

    public RunResult {
        output = List.copyOf(output);
        choices = List.copyOf(choices);
        stacksAtFailure = List.copyOf(stacksAtFailure);
        races = List.copyOf(races);
    }

    public RunResult(Verdict verdict, Trace trace, List<String> output, long virtualNanos, List<Integer> choices,
                     List<TaskStack> stacksAtFailure, List<DataRace> races) {
        this(verdict, trace, output, virtualNanos, choices, stacksAtFailure, races, false);
    }

    /** A result with no data races found. */
    public RunResult(Verdict verdict, Trace trace, List<String> output, long virtualNanos, List<Integer> choices,
                     List<TaskStack> stacksAtFailure) {
        this(verdict, trace, output, virtualNanos, choices, stacksAtFailure, List.of());
    }

    public boolean passed() {
        return verdict.passed();
    }
}
