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
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Operation {
}
