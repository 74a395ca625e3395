package dev.interleave;

import java.util.List;

/**
 * What one execution did: its verdict, its trace, the lines the program printed, and how much
 * virtual time passed.
 */
public record RunResult(Verdict verdict, Trace trace, List<String> output, long virtualNanos) {

    public RunResult {
        output = List.copyOf(output);
    }

    public boolean passed() {
        return verdict.passed();
    }
}
