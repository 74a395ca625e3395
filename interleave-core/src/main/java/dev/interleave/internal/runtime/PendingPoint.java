package dev.interleave.internal.runtime;

import dev.interleave.Event;
import dev.interleave.PointKind;

/**
 * A scheduling point a task is about to stop at by yielding: the kind of the step it ends, and
 * the typed action it stands before (its location is added where the step ends; its value, for
 * an access, is known only once the task runs again, in the event of its next step).
 */
record PendingPoint(PointKind kind, Event action) {
}
