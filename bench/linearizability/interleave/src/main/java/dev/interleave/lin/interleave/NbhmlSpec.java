package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import org.jctools.maps.NonBlockingHashMapLong;

/** JCTools' NonBlockingHashMapLong: a concurrent remove and replace of one key can both take its old value. */
public final class NbhmlSpec {

    private final NonBlockingHashMapLong<Integer> map = new NonBlockingHashMapLong<>();

    @Operation
    public Integer get(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.get(key);
    }

    @Operation
    public Integer putIfAbsent(@Param(gen = IntGen.class, conf = Domains.KEY) int key,
                               @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return map.putIfAbsent(key, (Integer) value);
    }

    @Operation
    public Integer remove(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.remove(key);
    }

    @Operation
    public Integer replace(@Param(gen = IntGen.class, conf = Domains.KEY) int key,
                           @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return map.replace(key, (Integer) value);
    }
}
