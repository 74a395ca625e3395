package dev.interleave;

import java.util.List;

/**
 * What one execution did: its verdict, its trace, the lines the program printed, how much
 * virtual time passed, and its choices: the id of the task that ran at each decision where more
 * than one could (the makings of a {@link dev.interleave.schedule.Schedule}). When the run recorded
 * locations and failed, {@code stacksAtFailure} has every live task's stack at the failure.
 */
public record RunResult(Verdict verdict, Trace trace, List<String> output, long virtualNanos, List<Integer> choices,
                        List<TaskStack> stacksAtFailure) {

    public RunResult {
        output = List.copyOf(output);
        choices = List.copyOf(choices);
        stacksAtFailure = List.copyOf(stacksAtFailure);
    }

    public boolean passed() {
        return verdict.passed();
    }
}
