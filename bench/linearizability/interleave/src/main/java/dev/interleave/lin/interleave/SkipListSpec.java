package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import java.util.concurrent.ConcurrentSkipListMap;

/** The JDK's ConcurrentSkipListMap, correct: a map's operations and an ordered query. */
public final class SkipListSpec {

    private final ConcurrentSkipListMap<Integer, Integer> map = new ConcurrentSkipListMap<>();

    @Operation
    public Integer put(@Param(gen = IntGen.class, conf = Domains.KEY) int key,
                       @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return map.put(key, value);
    }

    @Operation
    public Integer get(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.get(key);
    }

    @Operation
    public Integer remove(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.remove(key);
    }

    @Operation
    public Integer ceilingKey(@Param(gen = IntGen.class, conf = Domains.KEY) int key) {
        return map.ceilingKey(key);
    }
}
