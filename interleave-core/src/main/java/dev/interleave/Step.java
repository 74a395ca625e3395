package dev.interleave;

/**
 * One step of an execution: what task {@code task} did between two scheduling points, and where
 * it stopped. {@code detail} names what it stopped on, such as {@code ReentrantLock$NonfairSync#1};
 * objects are numbered in the order the execution first meets them, so details are deterministic.
 * {@code location} is the program's source line where the task stopped, as
 * {@code Class.method(File.java:42)}, when the run recorded locations (report replays do), else "".
 */
public record Step(int index, int taskId, String task, PointKind kind, String detail, String location) {

    /** The operation, as a report shows it: {@code yield}, {@code park on Latch#2}, {@code exit}. */
    public String operation() {
        return switch (kind) {
            case YIELD -> detail.isEmpty() ? "yield" : detail;
            case PARK -> detail.isEmpty() ? "park" : detail.startsWith("join ") ? detail : "park on " + detail;
            case TIMED_PARK -> detail.isEmpty() ? "sleep or timed park" : "timed park on " + detail;
            case MONITOR -> "block on monitor" + (detail.isEmpty() ? "" : " " + detail);
            case WAIT -> "wait" + (detail.isEmpty() ? "" : " on " + detail);
            case ACCESS, SYNC -> detail;
            case EXIT -> "exit";
            case STOPPED -> "stopped";
        };
    }

    /** The same step with another detail: an access's value is known only once its task runs again. */
    public Step withDetail(String newDetail) {
        return new Step(index, taskId, task, kind, newDetail, location);
    }

    @Override
    public String toString() {
        return index + ": " + task + " " + operation() + (location.isEmpty() ? "" : "  at " + location);
    }
}
