package dev.interleave.peers.harness;

/**
 * One fresh JVM's result. {@code wallMillis} runs from the launch of the JVM to the moment the
 * tool returned; {@code exploreMillis} from the tool's start to the same moment.
 *
 * @param status found, passed, hung (the watchdog saw no new execution), killed (over the
 *               harness's limit), exit (the JVM ended without a result line), error
 */
record Run(String status, long executions, long wallMillis, long exploreMillis, String detail) {

    boolean found() {
        return status.equals("found") || status.equals("exit");
    }

    double executionsPerSecond() {
        return exploreMillis <= 0 ? Double.NaN : executions * 1000.0 / exploreMillis;
    }
}
