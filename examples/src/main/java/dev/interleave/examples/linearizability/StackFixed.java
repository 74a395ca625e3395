package dev.interleave.examples.linearizability;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.linearizability.StateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link StackBug} fixed: Treiber's stack. Each push and pop replaces the head only if it is still
 * the one it read ({@code compareAndSet}), and reads again otherwise, so no update is lost and no
 * node is popped twice. Linearizable: each operation takes effect at its successful compare-and-set.
 */
public final class StackFixed {

    record Node(int value, Node next) {
    }

    final AtomicReference<Node> head = new AtomicReference<>();

    @Operation
    public void push(@Param(gen = IntGen.class, conf = "1:3") int value) {
        Node top;
        do {
            top = head.get();
        } while (!head.compareAndSet(top, new Node(value, top)));
    }

    @Operation
    public Integer pop() {
        Node top;
        do {
            top = head.get();
            if (top == null) {
                return null;
            }
        } while (!head.compareAndSet(top, top.next()));
        return top.value();
    }

    @StateKey
    List<Integer> contents() {
        List<Integer> values = new ArrayList<>();
        for (Node node = head.get(); node != null; node = node.next()) {
            values.add(node.value());
        }
        return values;
    }
}
