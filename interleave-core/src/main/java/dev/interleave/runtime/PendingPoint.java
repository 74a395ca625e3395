package dev.interleave.runtime;

import dev.interleave.PointKind;

/**
 * A scheduling point a task is about to stop at by yielding: what the step it ends will show.
 * {@code valueLabel} is non-null for an access whose value comes once the task runs again; the
 * step then shows {@code label ➜ value} for a read and {@code label = value} for a write.
 */
record PendingPoint(PointKind kind, String detail, String valueLabel, boolean write) {

    String withValue(String value) {
        return valueLabel + (write ? " = " : " ➜ ") + value;
    }
}
