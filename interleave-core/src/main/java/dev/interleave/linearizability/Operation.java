package dev.interleave.linearizability;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a specification class as an operation of the data structure under test: the
 * scenario generator calls it from concurrent threads with generated arguments (see {@link Param}),
 * and the checker calls the method of the same name and parameter types on the sequential model.
 * What it returns is its result, compared with {@code equals}; an {@link Exception} it throws is its
 * result too, compared by class (an {@link Error} fails the run instead).
 *
 * <p>An operation that does not complete (its thread blocked for good, or all threads wait on one
 * another) is a hang, a failure of its own, unless it is declared {@link #blocking()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Operation {

    /**
     * The operation may block by design ({@code take()} on an empty queue). A run in which it stays
     * blocked passes when some sequential order of the operations that completed, with the results
     * they had, leaves it blocked in the model too; otherwise it is a hang (a lost wake-up).
     * Lincheck's declaration of the same name exempts an operation from its obstruction-freedom
     * check; here a stall on it is judged against the model instead of reported. On the model it runs on a task of its own, so that the checker sees it block instead of
     * blocking with it.
     */
    boolean blocking() default false;
}
