package dev.interleave.linearizability;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a no-argument method of the sequential model that returns a snapshot of its state, equal
 * (by {@code equals} and {@code hashCode}) for two models that answer every later operation alike
 * ({@code List.copyOf(queue)}, {@code Map.copyOf(map)}). The checker then searches each
 * (operations done, state) pair once, which turns its search from the number of orders into the
 * number of distinct states. The snapshot must not change when the model does. Without it, no two
 * states are taken for one: the search stays correct, only slower.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StateKey {
}
