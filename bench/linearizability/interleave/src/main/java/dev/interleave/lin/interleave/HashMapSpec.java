package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import java.util.concurrent.ConcurrentHashMap;

/** The JDK's ConcurrentHashMap, correct: the operations of the JCTools map, on Integer keys. */
public final class HashMapSpec {

    private final ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();

    @Operation
    public Integer get(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.get(key);
    }

    @Operation
    public Integer putIfAbsent(@Param(gen = IntGen.class, conf = Domains.KEY) int key,
                               @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return map.putIfAbsent(key, value);
    }

    @Operation
    public Integer remove(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.remove(key);
    }

    @Operation
    public Integer replace(@Param(gen = IntGen.class, conf = Domains.KEY) int key,
                           @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return map.replace(key, value);
    }
}
