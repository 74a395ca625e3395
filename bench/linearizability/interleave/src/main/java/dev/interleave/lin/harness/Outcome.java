package dev.interleave.lin.harness;

import dev.interleave.lin.structures.ResultLine;
import java.util.List;

/**
 * What one fresh JVM did. {@code FOUND}: the tool reported the structure not linearizable (a find on
 * a buggy one, a false alarm on a correct one); {@code PASSED}: the tool ended its own budget without
 * a failure; {@code BUDGET}: the cell's wall-clock budget ended the JVM first (no failure); {@code
 * ERROR}: the tool failed otherwise (its internal error, a crash). {@code wallMillis} is the harness's
 * own clock, launch to exit.
 */
record Outcome(Kind kind, ResultLine line, long wallMillis, String error) {

    enum Kind { FOUND, PASSED, BUDGET, ERROR }

    static Outcome of(List<String> output, boolean killed, int exit, long wallMillis) {
        for (String s : output) {
            if (s.startsWith(ResultLine.PREFIX)) {
                ResultLine line = ResultLine.parse(s);
                return new Outcome(line.found() ? Kind.FOUND : Kind.PASSED, line, wallMillis, "");
            }
        }
        if (killed) {
            return new Outcome(Kind.BUDGET, null, wallMillis, "");
        }
        String error = output.stream().filter(s -> s.startsWith("LIN-ERROR\t")).map(s -> s.substring(10)).findFirst()
                .orElseGet(() -> firstException(output, exit));
        return new Outcome(Kind.ERROR, null, wallMillis, error);
    }

    private static String firstException(List<String> output, int exit) {
        return output.stream().filter(s -> s.contains("Exception") || s.contains("Error")).findFirst()
                .map(s -> "exit " + exit + ": " + s.strip()).orElse("exit " + exit + ", no result line");
    }
}
