package dev.interleave.linearizability;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How to generate an operation's argument: a {@link ParameterGenerator} class, made with its
 * constructor that takes {@code conf} (a {@code String}) when there is one, else its no-argument
 * constructor. Without {@code @Param}, {@code int}, {@code long} and {@code Integer} parameters draw
 * from {@code 1..5} and {@code boolean} ones from both values. Small domains find more bugs: two
 * threads that offer the same few values collide on them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

    Class<? extends ParameterGenerator<?>> gen();

    /** The generator's configuration, as it reads it ({@link IntGen}: {@code "1:3"}; {@link ValueGen}: {@code "a,b"}). */
    String conf() default "";
}
