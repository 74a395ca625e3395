package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import dev.interleave.lin.structures.Keys;
import com.googlecode.concurrenttrees.radix.ConcurrentRadixTree;
import com.googlecode.concurrenttrees.radix.node.concrete.DefaultCharArrayNodeFactory;

/** concurrent-trees' ConcurrentRadixTree: the operations of Lincheck's own test of it, on the keys of {@link Keys}. */
public final class RadixTreeSpec {

    private final ConcurrentRadixTree<Integer> tree = new ConcurrentRadixTree<>(new DefaultCharArrayNodeFactory());

    @Operation
    public Integer put(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key,
                       @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return tree.put(Keys.key(key), value);
    }

    @Operation
    public Integer getValueForExactKey(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key) {
        return tree.getValueForExactKey(Keys.key(key));
    }

    @Operation
    public String getKeyValuePairsForKeysStartingWith(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key) {
        return Keys.sorted(tree.getKeyValuePairsForKeysStartingWith(Keys.key(key)));
    }
}
