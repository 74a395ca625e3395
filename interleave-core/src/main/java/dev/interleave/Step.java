package dev.interleave;

/**
 * One step of an execution: what task {@code task} did between two scheduling points, and where
 * it stopped. {@code detail} names what it stopped on, such as {@code ReentrantLock$NonfairSync#1};
 * objects are numbered in the order the execution first meets them, so details are deterministic.
 */
public record Step(int index, int taskId, String task, PointKind kind, String detail) {

    @Override
    public String toString() {
        return index + ": " + task + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (detail.isEmpty() ? "" : " " + detail);
    }
}
