package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import dev.interleave.lin.structures.Keys;
import com.googlecode.concurrenttrees.radix.node.concrete.DefaultCharArrayNodeFactory;
import com.googlecode.concurrenttrees.suffix.ConcurrentSuffixTree;

/** concurrent-trees' ConcurrentSuffixTree: the operations of Lincheck's own test of it, on the keys of {@link Keys}. */
public final class SuffixTreeSpec {

    private final ConcurrentSuffixTree<Integer> tree = new ConcurrentSuffixTree<>(new DefaultCharArrayNodeFactory());

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
    public String getKeysContaining(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key) {
        return Keys.sorted(tree.getKeysContaining(Keys.key(key)));
    }

    @Operation
    public String getKeysEndingWith(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key) {
        return Keys.sorted(tree.getKeysEndingWith(Keys.key(key)));
    }

    @Operation
    public String getValuesForKeysEndingWith(@Param(gen = IntGen.class, conf = Domains.TREE_KEY) int key) {
        return Keys.sorted(tree.getValuesForKeysEndingWith(Keys.key(key)));
    }
}
