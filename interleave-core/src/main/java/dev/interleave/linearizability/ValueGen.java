package dev.interleave.linearizability;

import java.util.List;
import java.util.random.RandomGenerator;

/** One of chosen strings, {@code conf = "a,b,c"}: for keys, names and the like. */
public final class ValueGen implements ParameterGenerator<String> {

    private final List<String> values;

    public ValueGen(String conf) {
        if (conf == null || conf.isBlank()) {
            throw new IllegalArgumentException("ValueGen expects conf \"a,b,c\": the values to choose from");
        }
        this.values = List.of(conf.split(",")).stream().map(String::strip).toList();
    }

    @Override
    public String generate(RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
