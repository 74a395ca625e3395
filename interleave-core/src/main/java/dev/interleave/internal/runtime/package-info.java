/**
 * The controlled runtime: executions, their tasks, and the models of memory, monitors, time and
 * the outside world that decide when a task stops and what it waits for.
 *
 * <h2>Call sites in the code of every execution</h2>
 * Code that runs in every execution (a step, an access, a start, a park, a decision) uses no
 * {@code invokedynamic}: no lambdas or method references (a small named class instead), no
 * pattern switches ({@code instanceof} tests), no {@code computeIfAbsent} or {@code merge} with a
 * function (a lookup, then a put). Each such site is linked the first time it runs: the JVM spins
 * a class for a lambda and generates one for a pattern switch, about a millisecond each while the
 * JVM is still interpreting, and a JVM's first execution ran some thirty of them: 43% of its
 * samples on a program found at once (docs/performance.md, "What a first execution links"). String concatenation is compiled to
 * {@code StringBuilder} calls for the same reason ({@code -XDstringConcat=inline} in the module's
 * build). Code that runs once per report (describing a deadlock, rendering a trace) keeps them.
 */
package dev.interleave.internal.runtime;
