package dev.interleave.peers;

/**
 * One benchmark program: it makes fresh state, starts its threads of the given kind, joins them
 * and throws (an {@link AssertionError}) when the bug showed. A deadlock shows as a run that never
 * ends, which each tool detects its own way.
 */
@FunctionalInterface
public interface Subject {
    void run(ThreadKind kind) throws Exception;
}
