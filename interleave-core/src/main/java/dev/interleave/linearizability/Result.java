package dev.interleave.linearizability;

import java.util.Objects;

/**
 * What an operation did: returned a value (compared with {@code equals}; {@code null} for a void
 * method) or threw an exception (compared by class name, so that the same exception from two class
 * loaders is the same result; messages are left out, since they often carry identities).
 */
public sealed interface Result {

    record Returned(Object value) implements Result {
        @Override
        public boolean equals(Object other) {
            return other instanceof Returned r && Objects.equals(value, r.value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return Results.text(value);
        }
    }

    record Threw(String exception) implements Result {
        @Override
        public String toString() {
            return "throws " + exception.substring(exception.lastIndexOf('.') + 1);
        }
    }

    /**
     * What a blocking operation does on the model when it would wait for ever: no operation of a run
     * that returned had this result, so it matches none.
     */
    record Blocks() implements Result {
        @Override
        public String toString() {
            return "blocks";
        }
    }

    static Result returned(Object value) {
        return new Returned(value);
    }

    static Result threw(Class<? extends Throwable> type) {
        return new Threw(type.getName());
    }
}
