package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One call of an operation in a scenario: the operation's name, its parameter types (by name, so
 * that the call means the same in any class loader) and its generated arguments.
 */
public record Invocation(String operation, List<String> parameterTypes, List<Object> arguments) {

    public Invocation {
        parameterTypes = List.copyOf(parameterTypes);
        // Arguments may be null (a generator's choice); List.copyOf refuses nulls.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Invocation of(String operation, Object... arguments) {
        List<String> types = Arrays.stream(arguments).map(a -> a == null ? "java.lang.Object" : a.getClass().getName())
                .toList();
        return new Invocation(operation, types, Arrays.asList(arguments));
    }

    @Override
    public String toString() {
        return operation + arguments.stream().map(Results::text).collect(Collectors.joining(", ", "(", ")"));
    }
}
