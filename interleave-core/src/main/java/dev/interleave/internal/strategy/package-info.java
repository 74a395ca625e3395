/**
 * The strategies that choose the next task at each decision, and what they learn from the steps
 * of an execution (footprints, shared slots, remaining events).
 *
 * <p>A strategy's {@code choose} and {@code stepped} run at every decision and every step: like the
 * runtime's per-step code they use no {@code invokedynamic} (lambdas, pattern switches,
 * {@code computeIfAbsent} with a function), whose first linkage falls inside a JVM's first
 * executions; see the note in {@link dev.interleave.internal.runtime}.
 */
package dev.interleave.internal.strategy;
