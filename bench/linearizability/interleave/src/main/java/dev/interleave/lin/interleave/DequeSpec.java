package dev.interleave.lin.interleave;

import dev.interleave.linearizability.IntGen;
import dev.interleave.linearizability.Operation;
import dev.interleave.linearizability.Param;
import dev.interleave.lin.structures.Domains;
import java.util.concurrent.ConcurrentLinkedDeque;

/** The JDK's ConcurrentLinkedDeque: a pollFirst racing an addFirst can take an element a peekLast still sees. */
public final class DequeSpec {

    private final ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();

    @Operation
    public void addFirst(@Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        deque.addFirst(value);
    }

    @Operation
    public void addLast(@Param(gen = IntGen.class, conf = Domains.VALUE) int value) {
        deque.addLast(value);
    }

    @Operation
    public Integer pollFirst() {
        return deque.pollFirst();
    }

    @Operation
    public Integer pollLast() {
        return deque.pollLast();
    }

    @Operation
    public Integer peekFirst() {
        return deque.peekFirst();
    }

    @Operation
    public Integer peekLast() {
        return deque.peekLast();
    }
}
