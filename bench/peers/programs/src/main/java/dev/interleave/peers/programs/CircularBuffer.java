package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "circular buffer" pattern: the producer publishes a slot (advances the volatile
 * tail) before it writes the value into it, so the consumer can read a slot not yet written.
 * Needs a switch between the volatile write and the plain write after it, that is at the plain
 * write (preemptive): a switch point comes before each access, and the producer's next point in
 * sync mode, its read of the tail, comes after the slot is written (issue 17's run: Interleave in
 * sync mode, Fray with POS and with Random missed it in 1,000 executions in each of 5 JVMs). The
 * consumer waits with
 * {@code Thread.yield()}.
 */
public final class CircularBuffer implements Subject {

    private static final int ITEMS = 3;
    private final int[] slots = new int[4];
    private volatile int head;
    private volatile int tail;

    void produce() {
        for (int i = 1; i <= ITEMS; i++) {
            int at = tail;
            tail = at + 1; // published too early
            slots[at % slots.length] = i;
        }
    }

    void consume() {
        for (int expected = 1; expected <= ITEMS; expected++) {
            while (head == tail) {
                Thread.yield();
            }
            int value = slots[head % slots.length];
            Workers.check(value == expected, "consumed " + value + ", expected " + expected);
            head = head + 1;
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("consumer", this::consume).start("producer", this::produce).join();
    }
}
