package dev.interleave.lin.structures;

/**
 * What a child prints last, one line the harness parses: found or not, milliseconds from the JVM's
 * start to the tool's answer and (Interleave only, else -1) to its first failing execution,
 * scenarios and executions run (-1: the tool does not say), the reported scenario's operations and
 * threads, the failure's kind and the scenario itself.
 */
public record ResultLine(boolean found, long millis, long firstFailureMillis, long scenarios, long executions, int operations,
                  int threads, String kind, String scenario) {

    public static final String PREFIX = "LIN-RESULT\t";

    public String format() {
        return PREFIX + String.join("\t", String.valueOf(found), String.valueOf(millis), String.valueOf(firstFailureMillis),
                String.valueOf(scenarios), String.valueOf(executions), String.valueOf(operations), String.valueOf(threads),
                clean(kind), clean(scenario));
    }

    public static ResultLine parse(String line) {
        String[] f = line.substring(PREFIX.length()).split("\t", -1);
        return new ResultLine(Boolean.parseBoolean(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], f[8]);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
