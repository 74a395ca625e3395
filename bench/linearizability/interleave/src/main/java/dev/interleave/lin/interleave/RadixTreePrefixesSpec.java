package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import dev.interleave.lin.structures.Keys;
import com.googlecode.concurrenttrees.radix.ConcurrentRadixTree;
import com.googlecode.concurrenttrees.radix.node.concrete.DefaultCharArrayNodeFactory;

/**
 * concurrent-trees' ConcurrentRadixTree on the keys of Fray's reproduction of its bug: a query from
 * the empty prefix walks the tree while another thread puts two keys under one split node, and can
 * see the second put without the first.
 */
public final class RadixTreePrefixesSpec {

    private final ConcurrentRadixTree<Integer> tree = new ConcurrentRadixTree<>(new DefaultCharArrayNodeFactory());

    @Operation
    public Integer put(@Param(gen = IntGen.class, conf = Domains.PREFIX_PUT_KEY) int key,
                       @Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        return tree.put(Keys.prefixKey(key), value);
    }

    @Operation
    public String getKeyValuePairsForKeysStartingWith(@Param(gen = IntGen.class, conf = Domains.PREFIX_KEY) int key) {
        return Keys.sorted(tree.getKeyValuePairsForKeysStartingWith(Keys.prefixKey(key)));
    }
}
