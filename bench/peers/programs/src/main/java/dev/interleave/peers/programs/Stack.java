package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "stack" pattern: an array stack without synchronization; two threads each push a
 * value and pop one, and a lost update of the top index makes a pop return an empty slot (or the
 * stack end non-empty). Needs switches between plain field accesses (preemptive).
 */
public final class Stack implements Subject {

    private final int[] items = new int[4];
    private int top;

    void push(int value) {
        int at = top;
        items[at] = value;
        top = at + 1;
    }

    int pop() {
        int at = top - 1;
        int value = items[at];
        items[at] = 0;
        top = at;
        return value;
    }

    void pushThenPop(int value) {
        push(value);
        int popped = pop();
        Workers.check(popped != 0, "popped an empty slot");
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("one", () -> pushThenPop(1)).start("two", () -> pushThenPop(2)).join();
        Workers.check(top == 0, "the stack ends with top " + top + " after as many pops as pushes");
    }
}
