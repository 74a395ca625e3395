package dev.interleave.runtime;

/**
 * Identity hash codes order the iteration of hash sets and maps keyed by plain objects (the
 * program's, and the JDK's own, such as a thread pool's set of workers), so they must not differ
 * from one execution of a schedule to the next. The JVM makes them all equal under
 * {@code -XX:hashCode=2}, which {@code bin/interleave} and the recommended test setup pass; a JVM
 * started without it is named once, so that a schedule that then fails to replay is explained.
 */
final class IdentityHashes {

    static final String FLAGS = "-XX:+UnlockExperimentalVMOptions -XX:hashCode=2";

    private IdentityHashes() {
    }

    /** Whether this JVM gives every object the same identity hash code (as hashCode=2 does). */
    static boolean deterministic() {
        // Two fresh objects of a JVM that draws hash codes at random agree with odds of 1 in 2^31.
        return System.identityHashCode(new Object()) == System.identityHashCode(new Object());
    }

    /** Warns on standard error when identity hash codes are not deterministic. */
    static void warnIfRandom() {
        if (!deterministic()) {
            System.err.println("interleave: warning: this JVM draws identity hash codes at random, so hash sets"
                    + " of objects may iterate in another order when a schedule runs again; start it with "
                    + FLAGS);
        }
    }
}
