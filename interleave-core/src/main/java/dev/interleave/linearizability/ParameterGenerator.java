package dev.interleave.linearizability;

import java.util.random.RandomGenerator;

/**
 * Draws an operation's argument from a small domain. Values must be of the JDK's types (boxed
 * primitives, strings, JDK collections): an execution may see the specification through a class
 * loader of its own (the JUnit form does), where a value of one of the program's classes would be of
 * another class.
 */
@FunctionalInterface
public interface ParameterGenerator<T> {

    /** One value; all randomness comes from {@code random}, so a scenario is its seed and index. */
    T generate(RandomGenerator random);
}
