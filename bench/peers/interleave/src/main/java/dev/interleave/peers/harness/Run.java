package dev.interleave.peers.harness;

/**
 * One fresh JVM's result. {@code wallMillis} runs from the launch of the JVM to the moment the
 * tool returned; {@code exploreMillis} from the tool's start to the same moment; {@code searchMillis}
 * from the start of the tool's first execution to the moment it had the first failing execution in
 * hand (for Interleave before shrinking and replay), -1 when not measured.
 *
 * @param status found, passed, hung (the watchdog saw no new execution), killed (over the
 *               harness's limit), exit (the JVM ended without a result line), error
 */
record Run(String status, long executions, long wallMillis, long exploreMillis, double searchMillis, String detail) {

    boolean found() {
        return status.equals("found") || status.equals("exit");
    }

    double executionsPerSecond() {
        return exploreMillis <= 0 ? Double.NaN : executions * 1000.0 / exploreMillis;
    }
}
