package dev.interleave.examples.linearizability;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.linearizability.StateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A "lock-free" stack that reads the head with {@code get()} and replaces it with {@code set()}:
 * each call is atomic, the pair is not. Two pushes that read the same head lose one element; two
 * pops that read the same head return one element twice. No exception is thrown: only the results
 * are wrong, which is what a linearizability check sees. Needs sync mode or preemptive mode (the
 * switch is between two atomic calls). {@link StackFixed} is Treiber's stack: a compare-and-set loop.
 */
public final class StackBug {

    /** A node, immutable once made: only the head moves. */
    record Node(int value, Node next) {
    }

    final AtomicReference<Node> head = new AtomicReference<>();

    @Operation
    public void push(@Param(gen = IntGen.class, conf = "1:3") int value) {
        Node top = head.get();
        head.set(new Node(value, top));
    }

    @Operation
    public Integer pop() {
        Node top = head.get();
        if (top == null) {
            return null;
        }
        head.set(top.next());
        return top.value();
    }

    /** The values from the top down: two stacks with the same values answer every later call alike. */
    @StateKey
    List<Integer> contents() {
        List<Integer> values = new ArrayList<>();
        for (Node node = head.get(); node != null; node = node.next()) {
            values.add(node.value());
        }
        return values;
    }
}
